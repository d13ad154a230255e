// Connection-string helpers. Keep in step with lib/db/database-url.ts (this file is plain JavaScript
// because the engine runs under bare `node`, which cannot import TypeScript on Node 20).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @returns {'sqlite' | 'postgresql'} */
export function urlKind(url) {
  if (/^file:/i.test(url)) return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  throw new Error(`Unsupported datasource URL scheme: only file: (SQLite) and postgres(ql):// are supported here.`);
}

/** Absolute path of a SQLite `file:` URL (relative paths against the working directory, as the native engine does). */
export function sqlitePath(url) {
  const withoutQuery = url.replace(/[?#].*$/, '');
  if (/^file:\/\//i.test(withoutQuery)) return fileURLToPath(withoutQuery);
  const rest = withoutQuery.slice('file:'.length);
  if (rest === ':memory:') return rest;
  return path.resolve(process.cwd(), rest);
}

/** Splits Prisma's `?schema=` parameter off a PostgreSQL URL (node-postgres does not know it). */
export function splitPgSchema(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

/** The same PostgreSQL URL pointing at another database on the same server. */
export function withPgDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Host:port and database name for messages. */
export function describePgUrl(url) {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres';
  const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
  return { database, host, port: parsed.port || '5432', user: decodeURIComponent(parsed.username) };
}
