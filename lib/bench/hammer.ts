/** Concurrent HTTP clients for `npm run bench:load` (a benchmark helper, never used by tests). */
import { ms, percentile } from './stats';

export type HammerResult = {
  path: string;
  seconds: number;
  times: number[];
  okTimes: number[];
  refused: number;
  errors: number;
};

const SLOW_MS = 10_000;

/**
 * `clients` loops, each requesting `base + path` one request at a time until `until()` says stop. A 503 is
 * counted as refused and, as the contract asks of clients, the loop waits its Retry-After (at most 5 s)
 * before asking again; any other non-2xx or a network error counts as an error.
 */
export async function hammer(base: string, path: string, clients: number, until: () => boolean): Promise<HammerResult> {
  const result: HammerResult = { path, seconds: 0, times: [], okTimes: [], refused: 0, errors: 0 };
  const client = async () => {
    while (!until()) {
      const started = performance.now();
      let retryAfter = 0;
      try {
        const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(60_000) });
        await response.arrayBuffer();
        const elapsed = performance.now() - started;
        if (response.ok) result.okTimes.push(elapsed);
        else if (response.status === 503) {
          result.refused += 1;
          retryAfter = Math.min(5, Number(response.headers.get('retry-after')) || 1);
        } else result.errors += 1;
      } catch {
        result.errors += 1;
      }
      result.times.push(performance.now() - started);
      if (retryAfter) await new Promise((r) => setTimeout(r, retryAfter * 1000));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export const HAMMER_COLUMNS = ['target', 'ok/s', 'requests', '503', 'errors', 'p50 ok ms', 'p99 ok ms', 'p99 all ms', 'max ms', '> 10 s'];

/** One table row: successful answers per second, the latency of those, and how many waited over 10 s. */
export function toHammerRow(label: string, r: HammerResult): string[] {
  const slow = r.times.filter((t) => t > SLOW_MS).length;
  return [
    label,
    (r.okTimes.length / r.seconds).toFixed(1),
    String(r.times.length),
    String(r.refused),
    String(r.errors),
    ms(percentile(r.okTimes, 50)),
    ms(percentile(r.okTimes, 99)),
    ms(percentile(r.times, 99)),
    ms(r.times.length ? Math.max(...r.times) : NaN),
    String(slow),
  ];
}
