// The one place that decides which database the app, the scripts, the tests and the Prisma CLI use.
//
// DATABASE_URL selects the database:
//   file:<path>                   SQLite (default: file:./data/atlas.db)
//   postgres://… / postgresql://… PostgreSQL
//
// A relative SQLite path is resolved against the current working directory, which is the repository
// root for every entry point we have (npm scripts always run there, and so do `npx prisma …`, `next`,
// and vitest). Relative paths are made absolute *before* anything uses them: prisma.config.ts hands
// the CLI (and so the schema engine) an absolute URL, and the runtime client opens the same absolute
// path, so `migrate deploy` and the app can never disagree about which file they mean.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Default when DATABASE_URL is unset or empty: `data/atlas.db` under the repository root. */
export const DEFAULT_DATABASE_URL = 'file:./data/atlas.db';

export type DatabaseKind = 'sqlite' | 'postgresql';

/** The raw URL from the environment, or the default. An empty DATABASE_URL counts as unset. */
export function rawDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DATABASE_URL?.trim();
  return fromEnv ? fromEnv : DEFAULT_DATABASE_URL;
}

export function databaseKind(url: string): DatabaseKind {
  if (/^file:/i.test(url)) return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  throw new Error(
    `Unsupported DATABASE_URL scheme in "${redactUrl(url)}": use file:<path> (SQLite) or postgresql://… (PostgreSQL).`,
  );
}

/**
 * Absolute filesystem path of a SQLite `file:` URL. Accepts `file:relative/x.db`, `file:./x.db`,
 * `file:/abs/x.db` and `file:///abs/x.db`; a `?query` suffix is ignored.
 */
export function sqlitePathFromUrl(url: string, baseDir: string = process.cwd()): string {
  if (!/^file:/i.test(url)) throw new Error(`Not a SQLite file: URL: "${redactUrl(url)}"`);
  const withoutQuery = url.replace(/[?#].*$/, '');
  if (/^file:\/\//i.test(withoutQuery)) return fileURLToPath(withoutQuery);
  const rest = withoutQuery.slice('file:'.length);
  if (rest === '' || rest === ':memory:') throw new Error('An in-memory or empty SQLite path is not supported here.');
  return path.resolve(baseDir, rest);
}

/**
 * The URL with any relative SQLite path made absolute (as a `file:///…` URL, the form `prisma studio`
 * also accepts). PostgreSQL URLs are returned unchanged.
 */
export function resolveDatabaseUrl(url: string = rawDatabaseUrl(), baseDir: string = process.cwd()): string {
  if (databaseKind(url) === 'sqlite') return pathToFileURL(sqlitePathFromUrl(url, baseDir)).href;
  return url;
}

/** The resolved URL for this process (DATABASE_URL or the default). */
export function databaseUrl(): string {
  return resolveDatabaseUrl(rawDatabaseUrl());
}

/** For log and error messages: hides a password in a connection string. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
