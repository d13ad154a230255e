/**
 * `npm run bench:dashboard -- --size 10k|100k|1M [--database-url URL] [--runs N] [--http] [--views text,default]`
 *
 * Server time of each dashboard query (p50/p95, in process), of the whole data load, and of the same main
 * aggregate written as one plain SQL query (and our time divided by it), for the default view and several
 * filter combinations. With --http it also starts the production build (`npm run build` first) on
 * BENCH_PORT (default 3141) and prints, per view, the time and gzip bytes of the page, of a filter change
 * (RSC payload) and of /api/stats, and the server's peak RSS. Without --database-url it uses (and fills
 * with db:synthetic, once) /tmp/atlas-bench-<size>.db. --views keeps the views whose name contains one of the
 * comma-separated words (e.g. `--views text` for the text searches).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveDatabaseUrl, databaseKind, sqlitePathFromUrl } from '@/lib/db/database-url';
import { formatTable, ms, percentile, timeRuns } from '@/lib/bench/stats';
import { selectBenchViews, VIEWPORT } from '@/lib/bench/dashboard-views';
import { plainStatsSql } from '@/lib/bench/plain-sql';
import { benchHttp } from '@/lib/bench/bench-http';
import { parseCount } from '@/lib/synthetic/parse-count';
import type { listIncidents as ListIncidents } from '@/lib/incidents/list-incidents';

async function main() {
  const { values } = parseArgs({
    options: { size: { type: 'string' }, 'database-url': { type: 'string' }, runs: { type: 'string' }, http: { type: 'boolean' }, views: { type: 'string' } },
  });
  const size = values.size ? parseCount(values.size) : null;
  if (!size) throw new Error('Usage: npm run bench:dashboard -- --size 10k|100k|1M [--database-url URL] [--runs N] [--http] [--views words]');
  const runs = Number(values.runs ?? 7);
  const views = selectBenchViews(values.views);
  const url = resolveDatabaseUrl(values['database-url'] ?? `file:/tmp/atlas-bench-${values.size}.db`);
  process.env.DATABASE_URL = url;

  const { createPrismaClient } = await import('@/lib/db/create-client');
  if (databaseKind(url) === 'sqlite' && !existsSync(sqlitePathFromUrl(url))) {
    console.error(`Filling ${url} with ${size} synthetic incidents (once)…`);
    const { execFileSync } = await import('node:child_process');
    execFileSync('npx', ['tsx', 'scripts/db-synthetic.ts', '--incidents', String(size), '--database-url', url], { stdio: 'inherit' });
  }
  const direct = createPrismaClient(url);
  const stored = await direct.incident.count();
  console.log(`bench:dashboard on ${databaseKind(url)}, ${stored.toLocaleString('en')} incidents, ${runs} runs per figure (after one warm-up)\n`);

  const { parseDashboardState } = await import('@/lib/url/dashboard-state');
  const { toIncidentFilter } = await import('@/lib/incidents/filter');
  const { getIncidentStats } = await import('@/lib/incidents/get-incident-stats');
  const { getProvinceFacet } = await import('@/lib/incidents/get-province-facet');
  const { listIncidents } = await import('@/lib/incidents/list-incidents');
  const { getViewportMarkers } = await import('@/lib/markers/get-viewport-markers');

  const rows: string[][] = [];
  for (const view of views) {
    const state = parseDashboardState(new URLSearchParams(view.query));
    const filter = toIncidentFilter(state);
    const counts = await getIncidentStats(filter, state.by);
    const queries = {
      stats: () => getIncidentStats(filter, state.by),
      facet: () => getProvinceFacet(filter),
      viewport: () => getViewportMarkers(filter, VIEWPORT.bbox, VIEWPORT.zoom),
      list: () => listIncidents(filter, 1, counts),
    };
    const cells: string[] = [view.name];
    for (const run of Object.values(queries)) {
      const t = await timeRuns(runs, run);
      cells.push(`${ms(percentile(t, 50))}/${ms(percentile(t, 95))}`);
    }
    const all = await timeRuns(runs, () => Promise.all(Object.values(queries).map((q) => q())));
    const sql = plainStatsSql(filter, databaseKind(url));
    const plain = await timeRuns(runs, () => direct.$queryRawUnsafe(sql));
    const viewport = await queries.viewport();
    cells.push(
      `${ms(percentile(all, 50))}/${ms(percentile(all, 95))}`,
      ms(percentile(plain, 50)),
      (percentile(all, 50) / percentile(plain, 50)).toFixed(2),
      String(viewport.features.length),
    );
    rows.push(cells);
  }
  console.log('Server time in ms, p50/p95. "plain SQL" = counts per month × type as one GROUP BY over the incidents;');
  console.log('"ratio" = the whole data load (all queries in parallel) divided by that one query.\n');
  console.log('"viewport" = GET /api/markers for the whole country at zoom 7; "whole load" = what the dashboard\'s widgets');
  console.log('ask for on a filter change (stats, province facet, viewport markers, first list page), in parallel.\n');
  console.log(formatTable(['view', 'stats', 'facet', 'viewport', 'list', 'whole load', 'plain SQL', 'ratio', 'viewport features'], rows));
  await benchDeepPage(listIncidents, runs);
  await direct.$disconnect();
  const { prisma } = await import('@/lib/db');
  await prisma.$disconnect();

  if (values.http) await benchHttp(url, runs, views);
}

/** A deep list page (default view) read by offset (a hand-typed page=) and by its cursor (the pager's after=). */
async function benchDeepPage(listIncidents: typeof ListIncidents, runs: number) {
  const { countIncidents } = await import('@/lib/incidents/count-incidents');
  const { EMPTY_FILTER } = await import('@/lib/incidents/filter');
  const rows = await countIncidents(EMPTY_FILTER, { dims: ['period'], by: 'year' });
  const counts = { total: rows.reduce((s, r) => s + r.n, 0), undated: rows.filter((r) => !r.period).reduce((s, r) => s + r.n, 0) };
  const page = Math.max(2, Math.floor((counts.total - counts.undated) / 20 / 2));
  const before = await listIncidents(EMPTY_FILTER, page - 1, counts);
  const cursor = before.older ? { dir: 'after' as const, ...before.older } : null;
  const offset = await timeRuns(runs, () => listIncidents(EMPTY_FILTER, page, counts));
  const keyset = await timeRuns(runs, () => listIncidents(EMPTY_FILTER, { page, cursor }, counts));
  console.log(`\nList page ${page.toLocaleString('en')} of the default view, ms p50/p95: by offset (page= typed by hand) ` +
    `${ms(percentile(offset, 50))}/${ms(percentile(offset, 95))}; by cursor (the pager's after=) ${ms(percentile(keyset, 50))}/${ms(percentile(keyset, 95))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
