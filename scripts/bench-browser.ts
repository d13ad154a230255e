/**
 * `npm run bench:browser -- --size 10k|100k|1M [--database-url URL] [--runs N] [--trace]`
 *
 * Chromium (Playwright, Debian's /usr/bin/chromium or CHROMIUM_PATH) against the production build
 * (`npm run build` first), on BENCH_PORT (default 3141), loopback only. Per run, in a fresh browser context:
 *  - navigation → the incident count shown; → the markers drawn (incident markers on the map, the map not
 *    busy); → everything drawn (the markers, both charts' SVG, no `aria-busy` anywhere);
 *  - unticking the most frequent type → the count updated; → the markers updated (their answer in and
 *    drawn); → the count, the markers and both charts updated (no `aria-busy` left), with the bytes the
 *    browser received for it (encoded, i.e. gzip as sent);
 * p50/p95 over the runs, plus, for comparison, the gzip size of the server render (RSC payload) that the
 * same filter change cost before the widgets fetched their own data. Without --database-url it uses (and
 * fills with db:synthetic, once) /tmp/atlas-bench-<size>.db. Figures are printed, never asserted.
 * --trace adds two traced first visits: each request's start and end and the milestones, on the page's clock.
 * Until session 5 "→ markers" also waited for the charts (no aria-busy anywhere): that is now "→ everything".
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { databaseKind, resolveDatabaseUrl, sqlitePathFromUrl } from '@/lib/db/database-url';
import { startServer, peakRssMiB } from '@/lib/bench/bench-http';
import { formatTable, kib, ms, percentile } from '@/lib/bench/stats';
import { formatTrace, traceFirstPaint } from '@/lib/bench/trace-first-paint';
import { parseCount } from '@/lib/synthetic/parse-count';
import { INCIDENT_TYPES } from '@/lib/taxonomy';

const base = `http://127.0.0.1:${Number(process.env.BENCH_PORT ?? 3141)}`;

// Incident markers (their screen-reader text), not the basemap's province labels.
const MARKER = '.leaflet-marker-icon > span > span:not([aria-hidden])';

/** Resolves once the count reads `expected`. */
async function waitForCount(page: Page, expected: number) {
  await page.waitForFunction((want) => document.querySelector('[data-testid="incident-count"]')?.textContent === String(want), expected, {
    timeout: 120_000,
    polling: 16,
  });
}

/** Resolves once incident markers are on the map and the map is not waiting for markers. */
async function waitForMarkers(page: Page) {
  await page.waitForFunction(
    (marker) => document.querySelector(marker) && document.querySelector('[data-testid="map-markers"]')?.getAttribute('aria-busy') !== 'true',
    MARKER,
    { timeout: 120_000, polling: 16 },
  );
}

/** Resolves once nothing on the dashboard is loading, both charts are drawn and the count reads `expected`. */
async function waitForSettled(page: Page, expected: number | null) {
  await page.waitForFunction(
    ([want, marker]) => {
      const count = document.querySelector('[data-testid="incident-count"]')?.textContent;
      const charts = document.querySelectorAll('[data-testid$="-chart"] svg.recharts-surface').length >= 2;
      const busy = document.querySelector('[aria-busy="true"]');
      return document.querySelector(marker as string) && charts && !busy && (want === null || count === String(want));
    },
    [expected, MARKER] as const,
    { timeout: 120_000, polling: 16 },
  );
}

async function measureRun(browser: Browser, type: string, expectedAfter: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${base}/`, { waitUntil: 'commit' });
  await page.getByTestId('incident-count').waitFor({ state: 'visible', timeout: 120_000 });
  const countShown = performance.now() - started;
  await waitForMarkers(page);
  const markersShown = performance.now() - started;
  await waitForSettled(page, null);
  const allShown = performance.now() - started;

  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(request.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
  });
  const markersAnswered = page.waitForResponse((r) => r.url().includes('/api/markers'), { timeout: 120_000 });
  const clicked = performance.now();
  await page.locator(`input[name="type"][value="${type}"]`).uncheck();
  const [countUpdated, markersUpdated] = await Promise.all([
    waitForCount(page, expectedAfter).then(() => performance.now() - clicked),
    markersAnswered.then(() => waitForMarkers(page)).then(() => performance.now() - clicked),
  ]);
  await waitForSettled(page, expectedAfter);
  const updated = performance.now() - clicked;
  await Promise.all(pending);
  await context.close();
  return { countShown, markersShown, allShown, countUpdated, markersUpdated, updated, bytes };
}

async function main() {
  const { values } = parseArgs({ options: { size: { type: 'string' }, 'database-url': { type: 'string' }, runs: { type: 'string' }, trace: { type: 'boolean' } } });
  const size = values.size ? parseCount(values.size) : null;
  if (!size) throw new Error('Usage: npm run bench:browser -- --size 10k|100k|1M [--database-url URL] [--runs N] [--trace]');
  const runs = Number(values.runs ?? 7);
  const url = resolveDatabaseUrl(values['database-url'] ?? `file:/tmp/atlas-bench-${values.size}.db`);
  if (databaseKind(url) === 'sqlite' && !existsSync(sqlitePathFromUrl(url))) {
    console.error(`Filling ${url} with ${size} synthetic incidents (once)…`);
    const { execFileSync } = await import('node:child_process');
    execFileSync('npx', ['tsx', 'scripts/db-synthetic.ts', '--incidents', String(size), '--database-url', url], { stdio: 'inherit' });
  }

  const server = await startServer(url);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  try {
    const stats = (await (await fetch(`${base}/api/stats`)).json()) as { total: number; byType: Record<string, number> };
    const [type, removed] = Object.entries(stats.byType).sort((a, b) => b[1] - a[1])[0];
    const rest = INCIDENT_TYPES.filter((t) => t !== type).join(',');
    console.log(`bench:browser on ${databaseKind(url)}, ${stats.total.toLocaleString('en')} incidents, ${runs} runs (after one warm-up); unticking "${type}"\n`);

    await measureRun(browser, type, stats.total - removed);
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measureRun(browser, type, stats.total - removed));
    const row = (name: string, values: number[]) => [name, ms(percentile(values, 50)), ms(percentile(values, 95))];
    console.log(
      formatTable(['ms from …', 'p50', 'p95'], [
        row('navigation → count shown', results.map((r) => r.countShown)),
        row('navigation → markers drawn', results.map((r) => r.markersShown)),
        row('navigation → everything drawn (markers, charts)', results.map((r) => r.allShown)),
        row('untick a type → count updated', results.map((r) => r.countUpdated)),
        row('untick a type → markers updated', results.map((r) => r.markersUpdated)),
        row('untick a type → count, markers, charts updated', results.map((r) => r.updated)),
      ]),
    );
    const bytes = results.map((r) => r.bytes);
    const rsc = await fetch(`${base}/?type=${rest}`, { headers: { RSC: '1' } });
    const rscGzip = gzipSync(Buffer.from(await rsc.arrayBuffer())).length;
    console.log(`\nbytes received per filter change (encoded, headers included): p50 ${kib(percentile(bytes, 50))} KiB, max ${kib(Math.max(...bytes))} KiB`);
    console.log(`the same change as a server render (RSC payload, gzip), as the dashboard did before: ${kib(rscGzip)} KiB`);
    console.log(`server peak RSS: ${peakRssMiB(server.pid!).toFixed(0)} MiB`);
    if (values.trace) {
      for (let i = 1; i <= 2; i++) console.log(`\ntrace of a first visit (${i}/2), page clock:\n${formatTrace(await traceFirstPaint(browser, `${base}/`, MARKER))}`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
