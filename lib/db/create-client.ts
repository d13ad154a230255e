// Builds a PrismaClient for a DATABASE_URL: better-sqlite3 for `file:` URLs, node-postgres for
// `postgres(ql)://` URLs. No `server-only` here: scripts and tests use it too. The app imports the
// per-process singleton from `@/lib/db` instead.
import { existsSync } from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '@/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/generated/prisma-pg/client';
import { databaseKind, databaseUrl, redactUrl, resolveDatabaseUrl, sqlitePathFromUrl } from './database-url';
import { withIndexedSearch } from './route-search-sql';
import { ensureSqliteSearchIndex } from './sqlite-search-index';
import { canPoolReads, withPooledReads } from './sqlite-read-pool';

/**
 * better-sqlite3 would silently create an empty database file when none exists (for instance when a
 * process runs from the wrong directory), and every query would then fail with "no such table".
 * Refuse instead, with the fix in the message. Checked on connect, so importing never throws.
 */
class ExistingSqliteFile extends PrismaBetterSqlite3 {
  readonly #file: string;
  readonly #readWorkers: number;

  constructor(file: string, readWorkers: number) {
    // `timeout` is SQLite's busy timeout: a second writer waits up to 5 s for the first instead of failing at once.
    super({ url: file, timeout: 5000 });
    this.#file = file;
    this.#readWorkers = readWorkers;
  }

  override async connect() {
    if (!existsSync(this.#file)) {
      throw new Error(
        `SQLite database ${this.#file} does not exist. Create it with \`npx prisma migrate deploy\` (or set DATABASE_URL).`,
      );
    }
    const adapter = await super.connect();
    // WAL: readers (the web server) never wait for the writer (an ingest) and the writer never waits for them;
    // the mode is stored in the file, so every process that opens it afterwards gets it too. NORMAL sync is
    // still crash-safe in WAL mode (a power cut may lose the last commit, never corrupt the file).
    await adapter.executeScript('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
    // The FTS5 text-search index lives outside Prisma's migrations (sqlite-search-index.ts): make sure it is
    // there and kept in step, whichever command opened the file first; then send q= through it.
    // ATLAS_SEARCH_INDEX=off leaves q= to the scan (to compare the two in a benchmark); the index is kept anyway.
    await ensureSqliteSearchIndex(adapter);
    const pooled = this.#withReadPool(adapter);
    return process.env.ATLAS_SEARCH_INDEX === 'off' ? pooled : withIndexedSearch(pooled);
  }

  #withReadPool(adapter: SqlDriverAdapter): SqlDriverAdapter {
    if (this.#readWorkers <= 0) return adapter;
    if (!canPoolReads()) {
      console.warn('SQLite read pool off: scripts/sqlite-read-worker.mjs not found from the working directory; reads run on the main thread.');
      return adapter;
    }
    return withPooledReads(adapter, this.#file, this.#readWorkers);
  }
}

/**
 * Session settings for every PostgreSQL connection (set on connect, the server's own configuration untouched):
 * - parallel_setup_cost 10000 (default 1000): the aggregate tables' reads (cost ~8,000) ran with two workers, and
 *   on the 2-core machine the Gather of a 40 ms scan of IncidentPlaceCount took 130–190 ms, mostly starting the
 *   workers (EXPLAIN ANALYZE, 1M incidents); serial it took 40–70 ms. Scans of the whole incident table (cost
 *   in the hundreds of thousands) still get workers.
 * - work_mem 16MB (default 4MB): grouping 26–32k aggregate rows into a few hundred map cells was planned as a
 *   sort (the planner guessed 13–23k groups, too many to hash in 4 MB); with 16 MB it hashes them.
 */
const POSTGRES_SESSION = '-c parallel_setup_cost=10000 -c work_mem=16MB';

function postgresAdapter(url: string): PrismaPg {
  // Prisma's `?schema=` parameter is not a node-postgres option: pass it to the adapter instead.
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  const options = [parsed.searchParams.get('options'), POSTGRES_SESSION].filter(Boolean).join(' ');
  parsed.searchParams.delete('options');
  return new PrismaPg({ connectionString: parsed.toString(), options }, schema ? { schema } : undefined);
}

/**
 * Interactive transactions (one per ingested article, one per review action) send a statement per round
 * trip. Prisma's 5 s default was exceeded on PostgreSQL on a busy 2-core machine while loading the demo
 * data; a remote database adds latency to every statement. Writes stay short; this is headroom.
 */
const transactionOptions = { maxWait: 10_000, timeout: 30_000 };

export type ClientOptions = {
  /**
   * SQLite only: run plain reads on this many worker threads (lib/db/sqlite-read-pool.ts) instead of the
   * calling thread. The web server's singleton sets it; scripts and most tests keep the synchronous path (0).
   */
  readWorkers?: number;
};

/**
 * A new PrismaClient for `url` (default: DATABASE_URL, else file:./data/atlas.db). Relative SQLite
 * paths are resolved against the working directory, exactly as prisma.config.ts does for the CLI.
 * Call `$disconnect()` when done (scripts, tests).
 */
export function createPrismaClient(url: string = databaseUrl(), options: ClientOptions = {}): PrismaClient {
  const resolved = resolveDatabaseUrl(url);
  switch (databaseKind(resolved)) {
    case 'sqlite': {
      const adapter = new ExistingSqliteFile(sqlitePathFromUrl(resolved), options.readWorkers ?? 0);
      return new PrismaClient({ adapter, transactionOptions });
    }
    case 'postgresql':
      // A client generated for SQLite refuses the PostgreSQL adapter, so PostgreSQL has its own client,
      // generated from prisma/postgresql/schema.prisma. Both come from the same models (a unit test keeps
      // the schemas in step), so the app uses one type, the SQLite client's, for either.
      return new PostgresPrismaClient({ adapter: postgresAdapter(resolved), transactionOptions }) as unknown as PrismaClient;
    default:
      throw new Error(`Unsupported DATABASE_URL: ${redactUrl(resolved)}`);
  }
}
