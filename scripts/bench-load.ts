/**
 * `npm run bench:load -- [--database-url URL] [--clients 50] [--seconds 30] [--ingest-items 2000] [--no-ingest]`:
 * starts the production build (`npm run build` first) on 127.0.0.1:BENCH_PORT (default 3141) and runs
 * `clients` concurrent clients against each target for `seconds`, then against `/` and `/api/stats` together
 * while an ingest of a generated `ingest-items`-item feed runs in another process on the same database.
 * Prints successful requests/s, 503s (clients wait their Retry-After), errors, p50/p99 of the successful
 * answers, p99 and max of all, and how many took over 10 s. The ingest phase WRITES into the database: point
 * it at a copy. It only ever targets the server it started on the loopback address, and stops by itself.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { peakRssMiB, startServer } from '@/lib/bench/bench-http';
import { HAMMER_COLUMNS, hammer, toHammerRow } from '@/lib/bench/hammer';
import { formatTable } from '@/lib/bench/stats';
import { resolveDatabaseUrl, rawDatabaseUrl } from '@/lib/db/database-url';
import { buildFeed } from '@/tests/support/hostile-corpus';

const base = `http://127.0.0.1:${Number(process.env.BENCH_PORT ?? 3141)}`;
const TARGETS = ['/', '/api/stats', '/?type=arrest,trial&from=2018-01&to=2022-12', '/api/stats?province=ryanggang'];
const INGEST_TARGETS = ['/', '/api/stats'];
const MAX_INGEST_SECONDS = 300;

/** A feed of `items` reports no database has seen yet (a fresh run id in every link and text). */
function writeFreshFeed(dir: string, items: number): string {
  const run = Date.now().toString(36);
  const xml = buildFeed(items).replaceAll('/feed-10000/', `/bench-load-${run}/`).replaceAll('In item ', `In bench ${run} item `);
  const file = path.join(dir, `bench-load-${run}.xml`);
  writeFileSync(file, xml);
  return file;
}

async function duringIngest(url: string, clients: number, items: number): Promise<string[][]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-load-'));
  try {
    const feed = writeFreshFeed(dir, items);
    const started = performance.now();
    const ingest = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/ingest.ts', feed], {
      stdio: 'ignore',
      env: { ...process.env, DATABASE_URL: url },
    });
    let exitCode: number | null = null;
    const ended = new Promise<void>((resolve) => ingest.on('exit', (code) => ((exitCode = code), resolve())));
    const deadline = started + MAX_INGEST_SECONDS * 1000;
    const until = () => exitCode !== null || performance.now() > deadline;
    const perTarget = Math.max(1, Math.floor(clients / INGEST_TARGETS.length));
    const results = await Promise.all(INGEST_TARGETS.map((target) => hammer(base, target, perTarget, until)));
    if (exitCode === null) ingest.kill('SIGTERM');
    await ended;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\ningest of a ${items}-item feed: exit ${exitCode}, ${seconds} s, with ${perTarget} clients on each of ${INGEST_TARGETS.join(' and ')}`);
    return results.map((r) => toHammerRow(`${r.path} (during ingest)`, r));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      clients: { type: 'string' },
      seconds: { type: 'string' },
      'ingest-items': { type: 'string' },
      'no-ingest': { type: 'boolean' },
    },
  });
  const clients = Math.min(500, Number(values.clients ?? 50));
  const seconds = Math.min(300, Number(values.seconds ?? 30));
  const items = Math.min(10_000, Number(values['ingest-items'] ?? 2000));
  const url = resolveDatabaseUrl(values['database-url'] ?? rawDatabaseUrl());
  const server = await startServer(url);
  try {
    const rows: string[][] = [];
    for (const target of TARGETS) {
      const deadline = performance.now() + seconds * 1000;
      rows.push(toHammerRow(target, await hammer(base, target, clients, () => performance.now() > deadline)));
    }
    if (!values['no-ingest']) rows.push(...(await duringIngest(url, clients, items)));
    console.log(`\nbench:load: ${clients} concurrent clients, ${seconds} s per target, against the production build on ${base}\n`);
    console.log(formatTable(HAMMER_COLUMNS, rows));
    console.log(`\nserver peak RSS: ${peakRssMiB(server.pid!).toFixed(0)} MiB`);
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
