// Prisma CLI configuration. Works offline: the CLI's native schema engine cannot be downloaded here, so
// a Node stand-in driven by @prisma/schema-engine-wasm takes its place (see prisma/engine/README.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
// Relative import: the CLI loads this file with jiti, which does not know the `@/` alias.
import { databaseKind, rawDatabaseUrl, resolveDatabaseUrl } from './lib/db/database-url';
import { POSTGRES_MIGRATIONS_PATH, POSTGRES_SCHEMA_PATH, SQLITE_MIGRATIONS_PATH, SQLITE_SCHEMA_PATH } from './lib/db/postgres-schema';

const root = path.dirname(fileURLToPath(import.meta.url));

// `??=`: a real native engine configured by the environment still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'prisma/engine/schema-engine.mjs');

const url = resolveDatabaseUrl(rawDatabaseUrl());
// The URL's scheme picks the schema and its migrations: prisma/ for SQLite, prisma/postgresql/ (generated
// from the SQLite schema by `npm run db:pg:sync`) for PostgreSQL. `--schema` on the command line still wins.
const postgres = databaseKind(url) === 'postgresql';

export default defineConfig({
  schema: postgres ? POSTGRES_SCHEMA_PATH : SQLITE_SCHEMA_PATH,
  migrations: {
    path: postgres ? POSTGRES_MIGRATIONS_PATH : SQLITE_MIGRATIONS_PATH,
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    // Not `env('DATABASE_URL')`: that throws when the variable is unset and would break `prisma generate`.
    // Relative `file:` paths are made absolute here (against the working directory, i.e. the repo root),
    // exactly as lib/db/create-client.ts does at runtime, so both open the same file.
    url,
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: resolveDatabaseUrl(process.env.SHADOW_DATABASE_URL) } : {}),
  },
});
