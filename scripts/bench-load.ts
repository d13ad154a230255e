/**
 * `npm run bench:load -- [--database-url URL] [--clients 100] [--seconds 30]`: starts the production build
 * (`npm run build` first) on 127.0.0.1:BENCH_PORT (default 3141) and runs `clients` concurrent clients
 * against `/` and then `/api/stats` for `seconds` each. Prints requests/s, p50, p99 and errors. It only
 * ever targets the server it started on the loopback address, and stops by itself.
 */
import { parseArgs } from 'node:util';
import { peakRssMiB, startServer } from '@/lib/bench/bench-http';
import { formatTable, ms, percentile } from '@/lib/bench/stats';
import { resolveDatabaseUrl, rawDatabaseUrl } from '@/lib/db/database-url';

const port = Number(process.env.BENCH_PORT ?? 3141);
const TARGETS = ['/', '/api/stats', '/?type=arrest,trial&from=2018-01&to=2022-12', '/api/stats?province=ryanggang'];

async function hammer(path: string, clients: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  const times: number[] = [];
  let errors = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(60_000) });
        await response.arrayBuffer();
        if (!response.ok) errors += 1;
      } catch {
        errors += 1;
      }
      times.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  return [path, (times.length / elapsed).toFixed(1), String(times.length), ms(percentile(times, 50)), ms(percentile(times, 99)), String(errors)];
}

async function main() {
  const { values } = parseArgs({
    options: { 'database-url': { type: 'string' }, clients: { type: 'string' }, seconds: { type: 'string' } },
  });
  const clients = Math.min(500, Number(values.clients ?? 100));
  const seconds = Math.min(300, Number(values.seconds ?? 30));
  const url = resolveDatabaseUrl(values['database-url'] ?? rawDatabaseUrl());
  const server = await startServer(url);
  try {
    const rows = [];
    for (const path of TARGETS) rows.push(await hammer(path, clients, seconds));
    console.log(`bench:load: ${clients} concurrent clients, ${seconds} s per target, against the production build on 127.0.0.1:${port}\n`);
    console.log(formatTable(['target', 'req/s', 'requests', 'p50 ms', 'p99 ms', 'errors'], rows));
    console.log(`\nserver peak RSS: ${peakRssMiB(server.pid!).toFixed(0)} MiB`);
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
