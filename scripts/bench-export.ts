/**
 * `npm run bench:export -- [--incidents 1M] [--database-url URL] [--port 3171]`: fills a database with
 * synthetic incidents (`npm run db:synthetic`, once per size), serves the production build on it, downloads
 * both exports of the whole set and prints rows/s, bytes and the server's peak RSS while it streamed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCount } from '@/lib/synthetic/parse-count';
import { withServerHeapLimit } from '@/lib/startup/server-heap';

const { values } = parseArgs({ options: { incidents: { type: 'string' }, 'database-url': { type: 'string' }, port: { type: 'string' } } });
const count = parseCount(values.incidents ?? '100k');
if (!count) throw new Error('--incidents must be a count such as 100k or 1M');
const url = values['database-url'] ?? `file:/tmp/export-bench-${count}.db`;
const port = Number(values.port ?? process.env.PORT ?? 3171);
const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' };

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
function treeRssMb(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0;
  for (const stack = [root]; stack.length; ) {
    const pid = stack.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return kb / 1024;
}

async function countRows(): Promise<number> {
  const res = await fetch(`http://localhost:${port}/api/stats`);
  return ((await res.json()) as { total: number }).total;
}

async function measure(server: number, format: 'csv' | 'geojson') {
  const before = treeRssMb(server);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(server))), 100);
  const started = performance.now();
  const res = await fetch(`http://localhost:${port}/api/export.${format}`);
  let bytes = 0;
  // CSV records end in CRLF (a bare LF can sit inside a cell); GeoJSON has one feature per line.
  const end = format === 'csv' ? 13 : 10;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const b of chunk) if (b === end) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { seconds, bytes, lines, before, peak };
}

async function main() {
  const file = url.startsWith('file:') ? url.slice(5) : null;
  if (!file || !existsSync(file)) {
    console.log(`Generating ${count} synthetic incidents into ${url} (once)…`);
    execFileSync('npx', ['tsx', 'scripts/db-synthetic.ts', '--incidents', String(count), '--database-url', url], { env, stdio: 'inherit' });
  }
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { env, stdio: 'inherit' });
  // The server runs with the heap limit `npm start` gives it.
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], { env: withServerHeapLimit(env), stdio: 'ignore' });
  try {
    for (let i = 0; ; i++) {
      try {
        await countRows();
        break;
      } catch {
        if (i > 600) throw new Error('server did not start');
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const total = await countRows();
    console.log(`Incidents in the export (not rejected): ${total}`);
    for (const format of ['csv', 'geojson'] as const) {
      const m = await measure(server.pid!, format);
      const rows = format === 'csv' ? m.lines - 1 : m.lines - 2;
      console.log(
        `${format.padEnd(7)} ${rows} rows in ${m.seconds.toFixed(1)} s = ${Math.round(rows / m.seconds)} rows/s, ` +
          `${(m.bytes / 1e6).toFixed(0)} MB; server RSS ${m.before.toFixed(0)} MB before, peak ${m.peak.toFixed(0)} MB`,
      );
    }
  } finally {
    server.kill('SIGTERM');
  }
}

await main();
