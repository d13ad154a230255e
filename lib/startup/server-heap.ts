// The web server's V8 heap limit. Left to itself V8 sizes the old space from the machine's memory and lets the
// heap grow far past what the server holds: under bench:load at 1M incidents the server reached 652–686 MiB of
// RSS, of which most was garbage not yet collected; capped at 256 MB it collects sooner and stays under the
// issue's 500 MB (figures in the README, "Memory"). Nothing the server does holds a large data set in memory:
// exports and the list stream or page, aggregates are counted in the database.

/** The old-space limit `npm start` (and the benchmarks that serve the build) give the server, in MB. */
export const SERVER_HEAP_MB = 256;

const HEAP_FLAG = /(^|\s)--max-old-space-size(=|\s)/;

/**
 * glibc's malloc arenas for the server process. glibc gives each thread that allocates concurrently an arena of its
 * own, up to 8 per core, and returns little of them; the server's threads (SQLite's read workers, libuv's pool,
 * V8's helpers) kept 150–190 MiB of native memory beside the V8 heaps under bench:load at 1M on SQLite, and with
 * two arenas 120–135 (README "Fifteenth pass").
 */
export const SERVER_MALLOC_ARENAS = 2;

/**
 * `env` with NODE_OPTIONS carrying the server's heap limit, unless NODE_OPTIONS already sets one (which wins:
 * `NODE_OPTIONS=--max-old-space-size=1024 npm start` raises it; a very large number lifts it), and with
 * MALLOC_ARENA_MAX at SERVER_MALLOC_ARENAS unless set (glibc reads it when the process starts).
 */
export function withServerHeapLimit<T extends Record<string, string | undefined>>(env: T): T {
  const arenas = env.MALLOC_ARENA_MAX?.trim() ? {} : { MALLOC_ARENA_MAX: String(SERVER_MALLOC_ARENAS) };
  const options = env.NODE_OPTIONS?.trim() ?? '';
  if (HEAP_FLAG.test(options)) return { ...env, ...arenas };
  return { ...env, ...arenas, NODE_OPTIONS: [options, `--max-old-space-size=${SERVER_HEAP_MB}`].filter(Boolean).join(' ') };
}

/**
 * How far V8 lets the old space grow past what a full collection kept before it starts the next one, in percent.
 * V8 derives that factor from the heap limit, and at 256 MB it takes its smallest, 1.3: the server keeps ~75 MB
 * live, so a full mark-compact started every ~1.2 s while a filter change's requests were answered (27–29 per
 * 800 requests at 1M incidents), each marking for 60–130 ms beside the requests and pausing them 6–18 ms, and the
 * filter changes that overlapped one were over 100 ms in 29–64 % of cases against 1–10 % otherwise (--trace-gc,
 * README "Fourteenth pass"). At 100 (a factor of 2) it marks a third as often; the cap above still bounds the heap.
 * ATLAS_HEAP_GROWING_PERCENT sets another value; 0 leaves V8's own.
 */
export const SERVER_HEAP_GROWING_PERCENT = 100;

/**
 * The V8 flags the web server's node is started with (`npm start`, the benchmarks): node's own arguments, since
 * Node refuses --heap-growing-percent in NODE_OPTIONS.
 */
export function serverNodeFlags(env: Record<string, string | undefined> = process.env): string[] {
  const configured = env.ATLAS_HEAP_GROWING_PERCENT?.trim();
  const percent = configured ? Number(configured) : SERVER_HEAP_GROWING_PERCENT;
  if (!Number.isInteger(percent) || percent < 0) throw new Error(`ATLAS_HEAP_GROWING_PERCENT must be a whole number ≥ 0, not "${configured}"`);
  return percent > 0 ? [`--heap-growing-percent=${percent}`] : [];
}
