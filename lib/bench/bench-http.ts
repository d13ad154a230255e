import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serverNodeFlags, withServerHeapLimit } from '@/lib/startup/server-heap';
import { parseDashboardState } from '@/lib/url/dashboard-state';
import { toListUrl, toMarkersUrl, toProvinceFacetUrl, toStatsUrl } from '@/lib/url/widget-urls';
import { BENCH_VIEWS, VIEWPORT } from './dashboard-views';

import { formatTable, kib, ms, percentile } from './stats';

const port = Number(process.env.BENCH_PORT ?? 3141);
const base = `http://127.0.0.1:${port}`;

/** Starts the production build against `url`, with the heap settings `npm start` gives it; resolves once it answers. */
export async function startServer(url: string): Promise<ChildProcess> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.');
  const server = spawn(process.execPath, [...serverNodeFlags(), path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
    stdio: 'ignore',
    env: withServerHeapLimit({ ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' }),
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

/** The JSON the dashboard's widgets fetch for one view (lib/url/widget-urls), as the browser asks for it. */
function widgetUrls(query: string): string[] {
  const state = parseDashboardState(new URLSearchParams(query));
  const facet = toProvinceFacetUrl(state);
  return [toStatsUrl(state), toListUrl(state), toMarkersUrl(state, VIEWPORT.bbox, VIEWPORT.zoom), ...(facet ? [facet] : [])];
}

/** All of a view's widget requests at once: the time until the last answers, and their gzip bytes together. */
async function fetchFilterChange(urls: string[]) {
  const started = performance.now();
  const results = await Promise.all(urls.map((u) => fetchTimed(u)));
  return { ms: performance.now() - started, gzip: results.reduce((sum, r) => sum + r.gzip, 0) };
}

/**
 * Per view: the full page (HTML, the first view), a filter change (every widget's JSON fetched in parallel,
 * as the dashboard does after pushState) and each widget's endpoint: p50/p95 ms and gzip bytes; then the
 * server's peak RSS. Localhost only.
 */
export async function benchHttp(url: string, runs: number, views = BENCH_VIEWS): Promise<void> {
  const server = await startServer(url);
  try {
    const rows: string[][] = [];
    for (const view of views) {
      const q = view.query ? `?${view.query}` : '';
      const [stats, list, markers] = widgetUrls(view.query);
      const kinds = {
        page: () => fetchTimed(`/${q}`),
        'filter change': () => fetchFilterChange(widgetUrls(view.query)),
        '/api/stats': () => fetchTimed(stats),
        '/api/list': () => fetchTimed(list),
        '/api/markers': () => fetchTimed(markers),
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
    console.log('"filter change" = the widgets\' JSON for the view (stats, list, viewport markers, and the province facet');
    console.log('when a province is ticked) fetched in parallel: the time until the last answer, the gzip bytes of all.\n');
    console.log(formatTable(['view', 'page ms', 'KiB', 'filter change ms', 'KiB', '/api/stats ms', 'KiB', '/api/list ms', 'KiB', '/api/markers ms', 'KiB'], rows));
    // Nearest rank: the p95 of fewer than 20 runs is their slowest, one answer (say, one behind a garbage collection).
    if (runs < 20) console.log(`\np95 of ${runs} runs = the slowest run; --runs 20 makes it the second slowest of 20.`);
    console.log(`\nserver peak RSS: ${peakRssMiB(server.pid!).toFixed(0)} MiB`);
  } finally {
    server.kill();
  }
}
