// The dashboard's queries on a real SQLite file holding the demo data. Expected values are computed from
// the demo data file itself, independently of the query code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DATA_PATH } from '@/lib/demo/load-demo-data';
import { EMPTY_FILTER, type IncidentFilter } from '@/lib/incidents/filter';
import type { getIncident as GetIncident } from '@/lib/incidents/get-incident';
import type { getIncidentStats as GetIncidentStats } from '@/lib/incidents/get-incident-stats';
import type { listIncidents as ListIncidents } from '@/lib/incidents/list-incidents';
import type { getMapMarkers as GetMapMarkers } from '@/lib/markers/get-map-markers';
import { createFreshDatabase } from '../support/fresh-database';

type DemoIncident = { type: string; status: string; date: string | null; admin1: string | null; lat: number | null; summary: string; placeName: string | null; tags: string[] };
const demo = JSON.parse(readFileSync(path.resolve(DEMO_DATA_PATH), 'utf8')) as {
  articles: { title: string; outlet: string; incidents: DemoIncident[] }[];
};
const all = demo.articles.flatMap((a) => a.incidents.map((i) => ({ ...i, title: a.title, outlet: a.outlet })));
const count = (pred: (i: (typeof all)[number]) => boolean) => all.filter(pred).length;

let db: ReturnType<typeof createFreshDatabase>;
// The query modules read DATABASE_URL when first imported, so they are imported after it is set.
let q: {
  stats: typeof GetIncidentStats;
  list: typeof ListIncidents;
  markers: typeof GetMapMarkers;
  get: typeof GetIncident;
};

beforeAll(async () => {
  db = createFreshDatabase('queries');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  const { loadDemoData } = await import('@/lib/demo/load-demo-data');
  const prisma = createPrismaClient(db.url);
  expect(await loadDemoData(prisma)).toBe(all.length);
  expect(await loadDemoData(prisma)).toBe(0); // only into an empty database
  await prisma.$disconnect();
  q = {
    stats: (await import('@/lib/incidents/get-incident-stats')).getIncidentStats,
    list: (await import('@/lib/incidents/list-incidents')).listIncidents,
    markers: (await import('@/lib/markers/get-map-markers')).getMapMarkers,
    get: (await import('@/lib/incidents/get-incident')).getIncident,
  };
});

afterAll(async () => {
  const { prisma } = await import('@/lib/db');
  await prisma.$disconnect();
  db.remove();
});

const filter = (patch: Partial<IncidentFilter>): IncidentFilter => ({ ...EMPTY_FILTER, ...patch });
const sumBars = (rows: Record<string, unknown>[]) =>
  rows.reduce<number>((n, row) => n + Object.entries(row).reduce((m, [k, v]) => (k === 'period' ? m : m + Number(v)), 0), 0);

describe('dashboard queries', () => {
  it('counts every demo incident, by type and province', async () => {
    const stats = await q.stats(EMPTY_FILTER, 'month');
    expect(stats.total).toBe(all.length);
    for (const [type, n] of Object.entries(stats.byType)) expect(n).toBe(count((i) => i.type === type));
    const provinces = Object.fromEntries(stats.byProvince.map((p) => [p.province, p.count]));
    for (const name of new Set(all.map((i) => i.admin1).filter(Boolean))) expect(provinces[name!]).toBe(count((i) => i.admin1 === name));
    expect(stats.undated).toBe(count((i) => !i.date));
    // A year-only date is not a bar of the monthly chart: it is a band over its year.
    expect(sumBars(stats.byPeriod)).toBe(count((i) => Boolean(i.date) && i.date!.length > 4));
    expect(stats.coarse.reduce((n, band) => n + band.n, 0)).toBe(count((i) => i.date?.length === 4));
  });

  it('draws dates coarser than a bar as bands over the span they cover, not in its first bar', async () => {
    const years = [...new Set(all.filter((i) => i.date?.length === 4).map((i) => i.date!))].sort();
    expect(years.length).toBeGreaterThan(0); // the demo data has year-only dates for this test to mean something
    const monthly = await q.stats(EMPTY_FILTER, 'month');
    expect(monthly.coarse.map((b) => [b.label, b.first, b.last, b.n])).toEqual(
      years.map((y) => [y, `${y}-01`, `${y}-12`, count((i) => i.date === y)]),
    );
    const periods = monthly.byPeriod.map((row) => row.period);
    for (const y of years) expect(periods).toEqual(expect.arrayContaining([`${y}-01`, `${y}-12`]));
    // Every January bar holds only what is dated within that January.
    for (const y of years) {
      const january = monthly.byPeriod.find((row) => row.period === `${y}-01`)!;
      expect(sumBars([january])).toBe(count((i) => i.date?.startsWith(`${y}-01`) === true));
    }
    // On the weekly chart a month-only date is a band too; on the yearly one nothing is.
    const weekly = await q.stats(EMPTY_FILTER, 'week');
    expect(sumBars(weekly.byPeriod)).toBe(count((i) => i.date?.length === 10));
    expect(weekly.coarse.filter((b) => b.precision === 'month').reduce((n, b) => n + b.n, 0)).toBe(count((i) => i.date?.length === 7));
    const yearly = await q.stats(EMPTY_FILTER, 'year');
    expect(yearly.coarse).toEqual([]);
    expect(sumBars(yearly.byPeriod)).toBe(count((i) => Boolean(i.date)));
  });

  it('filters by type, keeping live counts for the other types', async () => {
    const stats = await q.stats(filter({ types: ['arrest', 'trial'] }), 'year');
    expect(stats.total).toBe(count((i) => i.type === 'arrest' || i.type === 'trial'));
    expect(stats.typeFacet.crackdown).toBe(count((i) => i.type === 'crackdown'));
    expect(stats.byType.crackdown).toBe(0);
  });

  it('filters by date range with partial dates overlapping it', async () => {
    const inRange = (from: string, to: string) =>
      count((i) => Boolean(i.date) && i.date!.slice(0, to.length) <= to && (i.date!.length === 4 ? `${i.date}-12` : i.date!) >= from);
    expect((await q.stats(filter({ from: '2024-02', to: '2024-04' }), 'month')).total).toBe(inRange('2024-02', '2024-04'));
    expect((await q.stats(filter({ from: '2022-06', to: '2022-06' }), 'month')).total).toBe(count((i) => i.date === '2022'));
  });

  it('filters by province, text, tag, outlet and review status', async () => {
    expect((await q.stats(filter({ provinces: ['north-hamgyong'] }), 'month')).total).toBe(count((i) => i.admin1 === 'North Hamgyong'));
    const term = 'dandong';
    expect((await q.stats(filter({ q: 'DANDONG' }), 'month')).total).toBe(
      count((i) => [i.summary, i.placeName, i.admin1, i.title].some((s) => s?.toLowerCase().includes(term))),
    );
    expect((await q.stats(filter({ tags: ['border'] }), 'month')).total).toBe(count((i) => i.tags.includes('border')));
    expect((await q.stats(filter({ outlets: ['nk-times'] }), 'month')).total).toBe(count((i) => i.outlet === 'NK Times'));
    expect((await q.stats(filter({ status: 'reviewed' }), 'month')).total).toBe(count((i) => i.status === 'reviewed'));
    expect((await q.stats(filter({ status: 'auto' }), 'month')).total).toBe(count((i) => i.status === 'auto'));
  });

  it('groups mapped incidents into markers without losing any', async () => {
    const markers = await q.markers(EMPTY_FILTER);
    expect(markers.reduce((n, m) => n + m.count, 0)).toBe(count((i) => i.lat !== null));
    for (const m of markers) expect(m.incidentIds).toHaveLength(m.count);
    expect(new Set(markers.map((m) => m.key)).size).toBe(markers.length);
  });

  it('the province facet built from the stats equals the one queried on its own', async () => {
    const { getProvinceFacet } = await import('@/lib/incidents/get-province-facet');
    for (const f of [EMPTY_FILTER, filter({ types: ['arrest'] }), filter({ q: 'hyesan' })]) {
      const stats = await q.stats(f, 'month');
      expect(await getProvinceFacet(f, stats.byProvince)).toEqual(await getProvinceFacet(f));
    }
  });

  it('the list on its own (GET /api/list) counts for itself and gives the pages the dashboard shows', async () => {
    const { listIncidentPage } = await import('@/lib/incidents/list-incident-page');
    const filters: IncidentFilter[] = [EMPTY_FILTER, { ...EMPTY_FILTER, types: ['arrest'] }, { ...EMPTY_FILTER, from: '2024-01', q: 'a' }];
    for (const filter of filters) {
      const stats = await q.stats(filter, 'month');
      for (const page of [1, 2, 99]) expect(await listIncidentPage(filter, page)).toEqual(await q.list(filter, page, stats));
    }
    const arrests = await listIncidentPage({ ...EMPTY_FILTER, types: ['arrest'] }, 1);
    expect(arrests.total).toBe(count((i) => i.type === 'arrest' && i.status !== 'rejected'));
  });

  it('pages the list and returns one incident with its sources', async () => {
    const page = await q.list(EMPTY_FILTER, 1, await q.stats(EMPTY_FILTER, 'month'));
    expect(page.total).toBe(all.length);
    expect(page.pageCount).toBe(Math.max(1, Math.ceil(all.length / 20)));
    // A page past the end shows the last page rather than nothing.
    const past = await q.list(EMPTY_FILTER, 999, await q.stats(EMPTY_FILTER, 'month'));
    expect(past.page).toBe(page.pageCount);
    expect(past.items.length).toBeGreaterThan(0);
    expect(page.items.length).toBe(Math.min(20, all.length));
    const dated = page.items.filter((i) => i.date).map((i) => i.date!);
    expect(dated).toEqual([...dated].sort().reverse()); // newest first
    const detail = await q.get(page.items[0].id);
    expect(detail?.sources[0].title).toBeTruthy();
    expect(await q.get(999_999)).toBeNull();
  });
});
