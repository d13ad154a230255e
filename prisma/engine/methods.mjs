// The JSON-RPC methods the Prisma CLI calls, mapped onto the WASM engine, with the workarounds that
// have to sit around the engine rather than inside an adapter (STACK.md bugs 1, 3 and 7).
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { asMigrationFailure, EngineError } from './errors.mjs';
import { forwardEngineLog, logLine } from './log.mjs';
import { createDatabase as createPgDatabase, postgresAdapterFactory } from './postgres.mjs';
import { createDatabase as createSqliteDatabase, createSqliteSupport } from './sqlite.mjs';
import { urlKind } from './url.mjs';
import { loadSchemaEngineWasm } from './wasm.mjs';

const SHADOW_FACTORY_MISSING = /shadow db(atabase)? must be provided through an external factory/i;

/**
 * @param {{datamodels: [string, string][], datasource: {url?: string, shadowDatabaseUrl?: string}}} options
 * @param {{print: (content: string) => Promise<void>}} client requests back to the CLI
 */
export function createMethods({ datamodels, datasource }, client) {
  // Without a URL (not expected: the config always has one) schema-only diffs still work in memory.
  const source = { ...datasource, url: datasource.url ?? 'file::memory:' };
  const kind = urlKind(source.url);
  const openAdapters = new Set();
  const track = (adapter) => {
    openAdapters.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      openAdapters.delete(adapter);
      await dispose();
    };
    return adapter;
  };
  const sqlite = kind === 'sqlite' ? createSqliteSupport(source, track) : undefined;
  const rawFactory = sqlite ? sqlite.factory : postgresAdapterFactory(source, track);

  const factory = bindMigrationAwareSqlAdapterFactory(rawFactory);
  let enginePromise;
  let generation = 0;
  const engine = () => {
    enginePromise ??= (async () => {
      const wasm = await loadSchemaEngineWasm(generation);
      return wasm.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, forwardEngineLog, factory);
    })();
    return enginePromise;
  };
  const call = async (name, params) => {
    try {
      return await (await engine())[name](params);
    } catch (error) {
      throw unwrapExternalError(error, factory.errorRegistry);
    }
  };

  /** Bug 1 (SQLite only): make sure `_prisma_migrations` exists before the engine looks for it. */
  const withMigrationsTable = (name) => async (params) => {
    sqlite?.ensureMigrationsTable();
    return call(name, params);
  };

  /**
   * Bug 7: right after pending migrations were applied (migrate dev), createMigration/evaluateDataLoss
   * fail with "shadow DB must be provided through an external factory". A devDiagnostic call with the
   * same migrations list sets the engine up; then the retry succeeds.
   */
  const withShadowRetry = (name) => async (params) => {
    try {
      return await call(name, params);
    } catch (error) {
      if (!SHADOW_FACTORY_MISSING.test(error?.message ?? '')) throw error;
      logLine('INFO', { message: `workaround 7: devDiagnostic, then retrying ${name}` });
      await withMigrationsTable('devDiagnostic')({ migrationsList: params.migrationsList, filters: params.filters });
      return call(name, params);
    }
  };

  const methods = {
    applyMigrations: async (params) => {
      // Native behaviour: a non-empty database without a migrations table is refused with P3005.
      sqlite?.ensureMigrationsTable({ refuseIfNotEmpty: true });
      try {
        return await call('applyMigrations', params);
      } catch (error) {
        throw asMigrationFailure(error);
      }
    },
    devDiagnostic: async (params) => {
      // Only `migrate dev` asks this; see sqlite.mjs dropDerivedVirtualTables (prisma/orm#8106).
      sqlite?.dropDerivedVirtualTables();
      return withMigrationsTable('devDiagnostic')(params);
    },
    markMigrationApplied: withMigrationsTable('markMigrationApplied'),
    markMigrationRolledBack: withMigrationsTable('markMigrationRolledBack'),
    diagnoseMigrationHistory: async (params) => {
      if (!sqlite) return call('diagnoseMigrationHistory', params);
      // `migrate status` must not change the database: remove the table again if we created it.
      const { created } = sqlite.ensureMigrationsTable();
      try {
        const result = await call('diagnoseMigrationHistory', params);
        return created ? { ...result, hasMigrationsTable: false } : result;
      } finally {
        if (created) sqlite.dropMigrationsTable();
      }
    },
    createMigration: withShadowRetry('createMigration'),
    evaluateDataLoss: withShadowRetry('evaluateDataLoss'),
    reset: async (params) => {
      // Bug 3 (SQLite): the engine's reset only deletes rows.
      if (sqlite) return sqlite.reset(params?.filter);
      return call('reset', params);
    },
    schemaPush: (params) => call('schemaPush', params),
    dbExecute: (params) => call('dbExecute', params),
    introspect: (params) => call('introspect', params),
    introspectSql: (params) => call('introspectSql', params),
    ensureConnectionValidity: (params) => call('ensureConnectionValidity', params),
    // The native engine prints diff output through a `print` request to the CLI (which is also how
    // `migrate diff --output` captures it), not in the response.
    diff: async (params) => {
      const result = await call('diff', params);
      if (result.stdout) await client.print(result.stdout);
      return { exitCode: result.exitCode };
    },
    // Only used for error reports; the WASM engine throws (uncatchably) on params without `datasource`.
    getDatabaseVersion: (params) => call('version', params?.datasource ? params : null),
    createDatabase: async () => ({
      databaseName: sqlite ? createSqliteDatabase(source.url) : await createPgDatabase(source.url),
    }),
    debugPanic: async () => {
      throw new WebAssembly.RuntimeError('This is the debugPanic artificial panic');
    },
  };

  return {
    /** @param {string} method @param {unknown} params */
    async handle(method, params) {
      const fn = Object.hasOwn(methods, method) ? methods[method] : undefined;
      if (!fn) throw new EngineError(undefined, `Method not supported by the WASM schema engine stand-in: ${method}`);
      return fn(params ?? {});
    },
    /**
     * After an error escaped the engine (see rpc.mjs) its instance stays borrowed and refuses every
     * further call: close its connections and start a fresh instance on the next request.
     */
    async discardEngine() {
      enginePromise = undefined;
      generation += 1;
      await Promise.allSettled([...openAdapters].map((a) => a.dispose()));
    },
    /** Closes every open connection (shadow databases are dropped by their adapter's dispose). */
    async close() {
      await Promise.allSettled([...openAdapters].map((a) => a.dispose()));
      if (enginePromise) {
        try {
          (await enginePromise).free();
        } catch {
          // already failed or freed
        }
      }
    },
  };
}

/**
 * A plain JS error thrown inside an adapter (ours, e.g. P3014 from the shadow database, or a driver's)
 * reaches the engine only as a registry id, and comes back as "External error id#N". Return the original.
 */
function unwrapExternalError(error, registry) {
  const id = /External error id#(\d+)/.exec(error?.message ?? '')?.[1];
  const original = id === undefined ? undefined : registry?.consumeError(Number(id))?.error;
  return original instanceof Error ? original : error;
}
