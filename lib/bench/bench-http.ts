import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_VIEWS, VIEWPORT } from './dashboard-views';
import { formatTable, kib, ms, percentile } from './stats';

const port = Number(process.env.BENCH_PORT ?? 3141);
const base = `http://127.0.0.1:${port}`;

/** Starts the production build against `url`; resolves once it answers. */
export async function startServer(url: string): Promise<ChildProcess> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.');
  const server = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/stats?type=other`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('server did not start');
}

/** Peak resident memory of a process (Linux), in MiB. */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

async function fetchTimed(pathAndQuery: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${base}${pathAndQuery}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
  return { ms: performance.now() - started, gzip: gzipSync(body).length };
}

/**
 * Per view: the full page (HTML), a client-side filter change (the RSC payload Next fetches when the URL
 * changes) and /api/stats: p50/p95 ms and gzip bytes; then the server's peak RSS. Localhost only.
 */
export async function benchHttp(url: string, runs: number): Promise<void> {
  const server = await startServer(url);
  try {
    const rows: string[][] = [];
    for (const view of BENCH_VIEWS) {
      const q = view.query ? `?${view.query}` : '';
      const kinds = {
        page: () => fetchTimed(`/${q}`),
        'filter change (RSC)': () => fetchTimed(`/${q}`, { RSC: '1' }),
        '/api/stats': () => fetchTimed(`/api/stats${q}`),
        '/api/markers': () => fetchTimed(`/api/markers?${view.query ? `${view.query}&` : ''}bbox=${VIEWPORT.bbox.join(',')}&zoom=${VIEWPORT.zoom}`),
      };
      const cells = [view.name];
      for (const run of Object.values(kinds)) {
        await run();
        const results = [];
        for (let i = 0; i < runs; i++) results.push(await run());
        const times = results.map((r) => r.ms);
        cells.push(`${ms(percentile(times, 50))}/${ms(percentile(times, 95))}`, kib(results[0].gzip));
      }
      rows.push(cells);
    }
    console.log(`\nHTTP against the production build (next start on ${base}), ms p50/p95 and KiB gzip:\n`);
    console.log(formatTable(['view', 'page ms', 'KiB', 'filter change ms', 'KiB', '/api/stats ms', 'KiB', '/api/markers ms', 'KiB'], rows));
    console.log(`\nserver peak RSS: ${peakRssMiB(server.pid!).toFixed(0)} MiB`);
  } finally {
    server.kill();
  }
}
