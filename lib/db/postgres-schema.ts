// The PostgreSQL Prisma schema is generated from the SQLite one (prisma/schema.prisma), never edited by
// hand: one Prisma schema cannot name two providers, and a client generated for SQLite refuses the
// PostgreSQL adapter. `npm run db:pg:sync` writes it (scripts/db-pg-sync.ts); a unit test fails when the
// committed file is not what this function makes of the SQLite schema.
export const SQLITE_SCHEMA_PATH = 'prisma/schema.prisma';
export const SQLITE_MIGRATIONS_PATH = 'prisma/migrations';
export const POSTGRES_SCHEMA_PATH = 'prisma/postgresql/schema.prisma';
export const POSTGRES_MIGRATIONS_PATH = 'prisma/postgresql/migrations';

const HEADER = [
  '// GENERATED from prisma/schema.prisma by `npm run db:pg:sync`. Do not edit: change the SQLite schema and',
  '// run that command, which rewrites this file and adds the matching PostgreSQL migration.',
  '',
].join('\n');

/** The generator's output folder, moved from next to prisma/schema.prisma to next to this schema. */
const SQLITE_CLIENT_OUTPUT = '../generated/prisma';
const POSTGRES_CLIENT_OUTPUT = '../../generated/prisma-pg';

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches.length}.`);
  return text.replace(pattern, replacement);
}

/**
 * The PostgreSQL schema for a SQLite schema's text: same models, `postgresql` provider, own client folder,
 * and the lines written `// postgresql: <attribute>` uncommented.
 */
export function generatePostgresSchema(sqliteSchema: string): string {
  let out = replaceOnce(sqliteSchema, /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'sqlite datasource');
  out = replaceOnce(
    out,
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"([^"]+)"/,
    `$1"${POSTGRES_CLIENT_OUTPUT}"`,
    'client generator output',
  );
  if (!sqliteSchema.includes(`"${SQLITE_CLIENT_OUTPUT}"`)) {
    throw new Error(`prisma/schema.prisma: the client output must stay "${SQLITE_CLIENT_OUTPUT}".`);
  }
  // PostgreSQL-only attributes (e.g. a GIN index) sit in the SQLite schema as `// postgresql: <line>`.
  out = out.replace(/^(\s*)\/\/ postgresql: (.*)$/gm, '$1$2');
  return HEADER + out;
}

/** Migration folder names (timestamp_name) under a migrations directory, sorted. */
export function listMigrationNames(entries: { name: string; isDirectory: () => boolean }[]): string[] {
  return entries
    .filter((e) => e.isDirectory() && /^\d{14}_/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** SQLite migrations that have no PostgreSQL twin yet (the PG folder mirrors the SQLite folder's names). */
export function findMissingPostgresMigrations(sqliteNames: string[], postgresNames: string[]): string[] {
  const have = new Set(postgresNames);
  return sqliteNames.filter((name) => !have.has(name));
}
