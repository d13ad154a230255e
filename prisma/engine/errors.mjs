// Errors with a Prisma error code, and their JSON-RPC form.

export class EngineError extends Error {
  /** @param {string | undefined} code Prisma error code such as "P3005" @param {string} message @param {object} [meta] */
  constructor(code, message, meta = {}) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.meta = meta;
  }
}

// The native engine answers every failed request with this code and puts the details in `data`.
const JSON_RPC_ENGINE_ERROR = 4466;

/** A JSON-RPC `error` object the Prisma CLI understands: `{code: 4466, message, data: {is_panic, message, error_code, meta}}`. */
export function toRpcError(error) {
  const err = error instanceof Error ? error : new Error(String(error));
  // A trap inside the WASM module (RuntimeError: unreachable …) is the equivalent of a Rust panic.
  const isPanic = err instanceof WebAssembly.RuntimeError;
  const code = typeof err.code === 'string' && /^P\d{4}$/.test(err.code) ? err.code : undefined;
  // The WASM engine appends its tracing span trace ("\n   0: sql_schema_connector::…"); drop it.
  const message = isPanic ? err.message : stripSpanTrace(err.message);
  return {
    code: JSON_RPC_ENGINE_ERROR,
    message: 'An error happened. Check the data field for details.',
    data: {
      is_panic: isPanic,
      message,
      ...(isPanic ? { backtrace: err.stack ?? '' } : {}),
      ...(code ? { error_code: code } : {}),
      meta: err.meta && typeof err.meta === 'object' ? err.meta : {},
    },
  };
}

export function stripSpanTrace(message) {
  return String(message).replace(/\n {3}0: [\s\S]*$/, '');
}

/**
 * The native engine reports a failed migration as P3018 with the migration's name; the WASM engine
 * passes the database error through with only a span trace naming the migration. Restore P3018.
 */
export function asMigrationFailure(error) {
  if (!(error instanceof Error) || error.code || error instanceof WebAssembly.RuntimeError) return error;
  const name = /with migration_name="([^"]+)"/.exec(error.message)?.[1];
  if (!name) return error;
  const databaseError = stripSpanTrace(error.message);
  return new EngineError(
    'P3018',
    `A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\nMigration name: ${name}\n\nDatabase error:\n${databaseError}`,
    { migration_name: name, database_error: databaseError },
  );
}
