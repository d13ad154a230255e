// The web server's V8 heap limit. Left to itself V8 sizes the old space from the machine's memory and lets the
// heap grow far past what the server holds: under bench:load at 1M incidents the server reached 652–686 MiB of
// RSS, of which most was garbage not yet collected; capped at 256 MB it collects sooner and stays under the
// issue's 500 MB (figures in the README, "Memory"). Nothing the server does holds a large data set in memory:
// exports and the list stream or page, aggregates are counted in the database.

/** The old-space limit `npm start` (and the benchmarks that serve the build) give the server, in MB. */
export const SERVER_HEAP_MB = 256;

const HEAP_FLAG = /(^|\s)--max-old-space-size(=|\s)/;

/**
 * `env` with NODE_OPTIONS carrying the server's heap limit, unless NODE_OPTIONS already sets one (which wins:
 * `NODE_OPTIONS=--max-old-space-size=1024 npm start` raises it; a very large number lifts it).
 */
export function withServerHeapLimit<T extends Record<string, string | undefined>>(env: T): T {
  const options = env.NODE_OPTIONS?.trim() ?? '';
  if (HEAP_FLAG.test(options)) return env;
  return { ...env, NODE_OPTIONS: [options, `--max-old-space-size=${SERVER_HEAP_MB}`].filter(Boolean).join(' ') };
}
