// stderr log lines in the schema engine's tracing format: one JSON object per line.
// The Prisma CLI parses these (it keeps `fields.message`, and remembers the last ERROR line); for the
// `cli …` subcommands it skips the first stderr line, so those print a startup line first.

/** @param {'INFO'|'WARN'|'ERROR'|'DEBUG'} level @param {Record<string, unknown>} fields */
export function logLine(level, fields) {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' })}\n`);
}

/** Forwards a log line produced by the WASM engine (already JSON) to stderr. */
export function forwardEngineLog(line) {
  const text = typeof line === 'string' ? line : JSON.stringify(line);
  for (const part of text.split('\n')) if (part.trim()) process.stderr.write(`${part}\n`);
}
