// SQLite: the driver-adapter factory for the WASM engine, plus the pieces of the native engine's
// behaviour that the WASM build gets wrong with @prisma/adapter-better-sqlite3 (STACK.md bugs 1–3).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { EngineError } from './errors.mjs';
import { logLine } from './log.mjs';
import { sqlitePath } from './url.mjs';

// The native engine's own DDL for SQLite (copied from the engine binary), so a database migrated here
// stays usable by the native engine and vice versa.
const MIGRATIONS_TABLE_DDL = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const quote = (name) => `"${String(name).replaceAll('"', '""')}"`;

/**
 * Bug 2: the engine replays migrations into the shadow database with `executeRaw`, and better-sqlite3
 * refuses to prepare more than one statement at a time. Run such scripts with `executeScript`.
 */
function acceptMultiStatementExecuteRaw(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const multiple = error instanceof RangeError && /more than one statement/i.test(error.message);
      if (!multiple || query.args.length > 0) throw error;
      logLine('INFO', { message: 'workaround 2: multi-statement executeRaw run as a script' });
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/**
 * The adapter factory for the engine, and the SQLite workarounds that run outside the engine.
 *
 * Those must use the engine's own connection once it has one: while applying migrations the engine
 * sets `PRAGMA locking_mode=EXCLUSIVE` (as the native engine does), so any second connection would get
 * "database is locked" until the engine exits.
 * @param {{url: string, shadowDatabaseUrl?: string}} datasource
 * @param {(adapter: object) => object} track registers an adapter so it is closed on exit
 */
export function createSqliteSupport({ url, shadowDatabaseUrl }, track) {
  const file = sqlitePath(url);
  const shadowFile = shadowDatabaseUrl ? sqlitePath(shadowDatabaseUrl) : ':memory:';
  const base = new PrismaBetterSqlite3({ url: file });
  const shadow = new PrismaBetterSqlite3({ url: shadowFile });
  /** Open main adapters; `adapter.client` is their better-sqlite3 Database. */
  const mainAdapters = new Set();

  const factory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = track(acceptMultiStatementExecuteRaw(await base.connect()));
      mainAdapters.add(adapter);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        mainAdapters.delete(adapter);
        await dispose();
      };
      return adapter;
    },
    connectToShadowDb: async () => {
      // The native engine starts from an empty shadow database; a configured shadow file may hold leftovers.
      if (shadowFile !== ':memory:' && fs.existsSync(shadowFile)) withDatabase(shadowFile, (db) => dropAllObjects(db));
      return track(acceptMultiStatementExecuteRaw(await shadow.connect()));
    },
  };

  /** Runs `fn` on the engine's connection if it has one, else on a short-lived one. */
  const withMainDb = (fn) => {
    const engineConnection = [...mainAdapters].find((a) => a.client?.open)?.client;
    if (engineConnection) return fn(engineConnection);
    if (file === ':memory:' || !fs.existsSync(file)) return undefined;
    return withDatabase(file, fn);
  };

  return {
    factory,
    /**
     * Bug 1: with no `_prisma_migrations` table the WASM engine fails with P1014 where the native
     * engine reports "not initialised". Create the table first, as the native engine would.
     * @returns {{created: boolean}} whether the table was created here
     */
    ensureMigrationsTable({ refuseIfNotEmpty = false } = {}) {
      return (
        withMainDb((db) => {
          const objects = userObjects(db);
          if (objects.some((o) => o.type === 'table' && o.name === '_prisma_migrations')) return { created: false };
          if (refuseIfNotEmpty && objects.length > 0) {
            // What the native engine answers when `migrate deploy` meets an existing, unbaselined schema.
            throw new EngineError(
              'P3005',
              'The database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline',
            );
          }
          db.exec(MIGRATIONS_TABLE_DDL);
          logLine('INFO', { message: 'workaround 1: created _prisma_migrations' });
          return { created: true };
        }) ?? { created: false }
      );
    },
    /** Undoes `ensureMigrationsTable` when a read-only command (`migrate status`) created the table. */
    dropMigrationsTable() {
      withMainDb((db) => db.exec('DROP TABLE IF EXISTS "_prisma_migrations"'));
    },
    /**
     * Not a WASM bug: Prisma's differ counts FTS5 virtual tables and their shadow tables as drift
     * (prisma/orm#8106), so `migrate dev` would ask to reset the database. The project's only one is the
     * text-search index, derived data made outside the migrations by whatever opens the database next
     * (lib/db/sqlite-search-index.ts): drop it, with the triggers that feed it, before `migrate dev` looks.
     */
    dropDerivedVirtualTables() {
      withMainDb((db) => {
        const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).pluck().all();
        for (const table of tables) {
          const triggers = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND instr(sql, ?) > 0`).pluck().all(table);
          for (const trigger of triggers) db.exec(`DROP TRIGGER IF EXISTS ${quote(trigger)}`);
          db.exec(`DROP TABLE IF EXISTS ${quote(table)}`);
          logLine('INFO', { message: `dropped the derived virtual table ${table} (rebuilt on the next connection)` });
        }
      });
    },
    /**
     * Bug 3: the WASM engine's SQLite `reset` deletes rows but keeps the schema. Drop every table and
     * view (indexes and triggers go with their tables), except externally managed tables.
     */
    reset(filter = {}) {
      withMainDb((db) => dropAllObjects(db, new Set(filter.externalTables ?? [])));
    },
  };
}

function withDatabase(file, fn) {
  const db = new Database(file, { fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function userObjects(db) {
  return db
    .prepare(`SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'`)
    .all();
}

function dropAllObjects(db, keep = new Set()) {
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  try {
    const objects = userObjects(db).filter((o) => !keep.has(o.name));
    db.transaction(() => {
      for (const o of objects.filter((x) => x.type === 'view')) db.exec(`DROP VIEW IF EXISTS ${quote(o.name)}`);
      for (const o of objects.filter((x) => x.type === 'table')) db.exec(`DROP TABLE IF EXISTS ${quote(o.name)}`);
    })();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  db.exec('VACUUM');
}

// ---- `cli can-connect-to-database` / `cli create-database` ----

export function canConnect(url) {
  const file = sqlitePath(url);
  if (file !== ':memory:' && !fs.existsSync(file)) {
    throw new EngineError('P1003', `Database \`${path.basename(file)}\` does not exist at \`${file}\``, {
      database_file_name: path.basename(file),
      database_file_path: file,
    });
  }
  if (file === ':memory:') return;
  withDatabase(file, (db) => db.prepare('SELECT 1').get());
}

/** Creates the file (and its directory), like the native engine. @returns the database name */
export function createDatabase(url) {
  const file = sqlitePath(url);
  if (file === ':memory:') return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  new Database(file).close();
  return path.basename(file);
}
