/**
 * `npm run bench:load -- [base URL] [connections] [seconds]`: keeps N connections busy against a running server
 * (default http://localhost:3000, 50 connections, 20 s) on `/`, `/api/stats` and `/api/incidents`, and
 * prints per path: requests/s, p50/p99/max latency, how many were answered 503 (with Retry-After) and how
 * many took over 10 s. Run an ingest into the same database meanwhile to see fairness under writes.
 * Figures only; no assertions.
 */
const base = process.argv[2] ?? 'http://localhost:3000';
const connections = Number(process.argv[3] ?? 50);
const seconds = Number(process.argv[4] ?? 20);
const PATHS = ['/', '/api/stats', '/api/incidents?limit=100'];

type Sample = { path: string; ms: number; status: number };

async function worker(id: number, until: number, samples: Sample[]) {
  for (let i = id; performance.now() < until; i++) {
    const path = PATHS[i % PATHS.length];
    const started = performance.now();
    let status = 0;
    try {
      const res = await fetch(base + path);
      await res.arrayBuffer();
      status = res.status;
    } catch {
      status = -1;
    }
    samples.push({ path, ms: performance.now() - started, status });
  }
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

async function main() {
  const samples: Sample[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i, until, samples)));
  console.log(`${connections} connections for ${seconds} s against ${base}`);
  for (const path of PATHS) {
    const mine = samples.filter((s) => s.path === path);
    const ms = mine.map((s) => s.ms).sort((a, b) => a - b);
    const count = (f: (s: Sample) => boolean) => mine.filter(f).length;
    console.log(
      `${path.padEnd(26)} ${(mine.length / seconds).toFixed(1).padStart(6)} req/s  p50 ${quantile(ms, 0.5).toFixed(0)} ms  p99 ${quantile(ms, 0.99).toFixed(0)} ms  max ${(ms.at(-1) ?? NaN).toFixed(0)} ms  ` +
        `200: ${count((s) => s.status === 200)}  503: ${count((s) => s.status === 503)}  other: ${count((s) => s.status !== 200 && s.status !== 503)}  >10 s: ${count((s) => s.ms > 10_000)}`,
    );
  }
}

void main();
