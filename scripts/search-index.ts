/**
 * `npm run db:search-index [-- --rebuild] [--database-url URL]`: makes sure SQLite's FTS5 text-search index
 * (lib/db/sqlite-search-index.ts) exists and is kept in step, and says what it did. Every connection does the
 * same check (lib/db/create-client.ts); this command does it up front (after a bulk load, or to time it), and
 * `--rebuild` rebuilds the index from Incident even when nothing is missing. PostgreSQL: nothing to do (its
 * pg_trgm index is an ordinary index, made by the migrations).
 */
import { parseArgs } from 'node:util';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { databaseKind, rawDatabaseUrl, redactUrl, resolveDatabaseUrl, sqlitePathFromUrl } from '@/lib/db/database-url';
import { dropSearchTriggers, ensureSqliteSearchIndex } from '@/lib/db/sqlite-search-index';

const { values } = parseArgs({ options: { rebuild: { type: 'boolean' }, 'database-url': { type: 'string' } } });
const url = resolveDatabaseUrl(values['database-url'] ?? rawDatabaseUrl());
if (databaseKind(url) !== 'sqlite') {
  console.log(`${redactUrl(url)}: PostgreSQL's text search uses the pg_trgm index of the migrations; nothing to do.`);
} else {
  const adapter = await new PrismaBetterSqlite3({ url: sqlitePathFromUrl(url), timeout: 5000 }).connect();
  try {
    if (values.rebuild) await dropSearchTriggers(adapter);
    const started = performance.now();
    const state = await ensureSqliteSearchIndex(adapter);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(state === 'built' ? `Search index built in ${seconds} s.` : 'Search index present and kept in step; nothing to do.');
  } finally {
    await adapter.dispose();
  }
}
