// Takes SQLite reads off the web server's main thread. better-sqlite3 runs every query synchronously, so a
// multi-second aggregate used to stall every other request (and the read gate, which could not answer 503
// while the thread was busy). The wrapped adapter sends each plain read (a statement SQLite itself calls
// read-only, outside any transaction) to a small pool of worker threads with their own connections;
// writes, `executeRaw`, scripts and interactive transactions stay on the main connection, exactly as before.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DriverAdapterError, type SqlDriverAdapter, type SqlQuery, type SqlResultSet } from '@prisma/driver-adapter-utils';
import { Piscina } from 'piscina';

/** The worker's file, resolved from the working directory at run time (`npm start` and Vitest run from the root). */
export const READ_WORKER_FILE = path.join(process.cwd(), 'scripts', 'sqlite-read-worker.mjs');

type WorkerReply = { result: SqlResultSet; error?: undefined } | { error: DriverAdapterError['cause']; result?: undefined };

/** SQLITE_READ_WORKERS (0 turns the pool off), else one worker per core, at least 2 and at most 4. */
export function readWorkerCount(env: Record<string, string | undefined> = process.env): number {
  const configured = env.SQLITE_READ_WORKERS;
  if (configured !== undefined && configured.trim() !== '') {
    const n = Number(configured);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 16) : 0;
  }
  return Math.min(4, Math.max(2, os.availableParallelism()));
}

/**
 * Each read worker's V8 heap limit in MB: SQLITE_READ_WORKER_HEAP_MB (0 lifts it), else 64. A worker only turns
 * one statement's rows into a result set, so it needs little; left to V8, each worker's heap could grow as far as
 * the server's own (256 MB) before collecting, and the server's peak RSS under load passed 500 MB.
 */
export function readWorkerHeapMb(env: Record<string, string | undefined> = process.env): number {
  const configured = env.SQLITE_READ_WORKER_HEAP_MB;
  if (configured !== undefined && configured.trim() !== '') {
    const n = Number(configured);
    return Number.isInteger(n) && n >= 0 ? n : 64;
  }
  return 64;
}

const CLASSIFIED_LIMIT = 2000;

/**
 * Whether SQLite calls `sql` read-only, asked of a read-only connection of the main thread's own (preparing
 * compiles, it runs nothing); cached per SQL text. A statement that does not prepare counts as a write, so
 * it runs on the main connection and fails there with the usual error.
 */
function createReadClassifier(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const known = new Map<string, boolean>();
  return {
    isRead(sql: string): boolean {
      const cached = known.get(sql);
      if (cached !== undefined) return cached;
      let readOnly = false;
      try {
        readOnly = db.prepare(sql).readonly;
      } catch {
        readOnly = false;
      }
      if (known.size >= CLASSIFIED_LIMIT) known.clear();
      known.set(sql, readOnly);
      return readOnly;
    },
    close: () => db.close(),
  };
}

/** `main` with its plain reads answered by `workers` threads, each with its own connection to `file`. */
export function withPooledReads(main: SqlDriverAdapter, file: string, workers: number): SqlDriverAdapter {
  const classifier = createReadClassifier(file);
  const heapMb = readWorkerHeapMb();
  const resourceLimits = heapMb > 0 ? { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.max(4, Math.round(heapMb / 8)) } : undefined;
  const pool = new Piscina({ filename: READ_WORKER_FILE, minThreads: workers, maxThreads: workers, idleTimeout: 60_000, resourceLimits });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
      if (!classifier.isRead(query.sql)) return main.queryRaw(query);
      const reply = (await pool.run({ file, query })) as WorkerReply;
      if (reply.error) throw new DriverAdapterError(reply.error);
      return reply.result;
    },
    executeRaw: (query) => main.executeRaw(query),
    executeScript: (script) => main.executeScript(script),
    startTransaction: (isolationLevel) => main.startTransaction(isolationLevel),
    getConnectionInfo: main.getConnectionInfo?.bind(main),
    async dispose() {
      await pool.destroy();
      classifier.close();
      await main.dispose();
    },
  };
}

/** Whether the pool can run here: the worker file must be on disk (it is loaded at run time, not bundled). */
export function canPoolReads(): boolean {
  return existsSync(READ_WORKER_FILE);
}
