// Property: GET /api/markers' counting (getViewportMarkers), for any data written through the real write
// path, any filter, box and zoom, agrees with direct queries on the incident table: each feature's count
// equals the matching incidents inside its bounds, and the features together hold every match in the box.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { EMPTY_FILTER, STATUS_FILTERS, type IncidentFilter } from '@/lib/incidents/filter';
import { saveArticle } from '@/lib/incidents/save-article';
import { AGGREGATE_TABLES } from '@/lib/incidents/aggregates/rebuild-aggregates';
import type * as Markers from '@/lib/markers/get-viewport-markers';
import { SUMMARY_LINE_LENGTH } from '@/lib/markers/marker-features';
import { MAX_FEATURES, type BBox } from '@/lib/markers/viewport-grid';
import { createFreshDatabase } from '../support/fresh-database';
import { arbIncident } from '../support/arbitrary-incident';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let markers: typeof Markers;

beforeAll(async () => {
  db = createFreshDatabase('markers');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
  markers = await import('@/lib/markers/get-viewport-markers');
});

afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: app } = await import('@/lib/db');
  await app.$disconnect();
  db.remove();
});

// Points on and beside grid lines (41.484375 = 0.703125 × 187 − 90), so cell edges are exercised.
const arbPoint = fc.record({
  lat: fc.constantFrom(38.1, 39.0234, 41.484375, 41.4844, 41.79, 42.9999),
  lon: fc.constantFrom(124.7, 126.5625, 126.5626, 128.18, 129.78, 130.9),
});
const arbPlacedIncident = fc
  .tuple(arbIncident, fc.option(arbPoint, { freq: 2 }))
  .map(([incident, point]) => (point && incident.lat !== null ? { ...incident, ...point, locationPrecision: 'site' as const } : incident));

// Whole years (2023-01 to 2024-12) are read per year span (IncidentCellYearCount), the whole quarters of partial
// ones per quarter span (IncidentCellQuarterCount: from=2023-06-15, to=2024-06-20), the rest by month.
const DAYS = ['2023-01', '2023-06-15', '2023-12', '2024-01-01', '2024-01-02', '2024-02', '2024-06-20', '2024-12'];
const arbFilter: fc.Arbitrary<IncidentFilter> = fc
  .record({
    types: fc.subarray(['arrest', 'trial', 'execution', 'other'] as const).map((t) => [...t]),
    provinces: fc.subarray(['north-hamgyong', 'ryanggang']).map((p) => [...p]),
    from: fc.option(fc.constantFrom(...DAYS)),
    to: fc.option(fc.constantFrom(...DAYS)),
    status: fc.constantFrom(null, ...STATUS_FILTERS),
    q: fc.constantFrom('', '', 'another'),
  })
  .filter((f) => !f.from || !f.to || f.from <= f.to)
  .map((f) => ({ ...EMPTY_FILTER, ...f }));

const arbView: fc.Arbitrary<{ bbox: BBox; zoom: number }> = fc.constantFrom(
  { bbox: [124, 37.5, 131, 43] as BBox, zoom: 6 },
  { bbox: [124, 37.5, 131, 43] as BBox, zoom: 8 },
  { bbox: [128, 41, 130, 42] as BBox, zoom: 10 },
  { bbox: [126, 38.5, 127, 39.5] as BBox, zoom: 4 },
  { bbox: [0, -80, 170, 80] as BBox, zoom: 18 },
);

/** The answer's area is whole grid cells: west and south inclusive, east and north the next cell's first line. */
async function countDirect(filter: IncidentFilter, [west, south, east, north]: BBox): Promise<number> {
  return prisma.incident.count({
    where: { AND: [buildIncidentWhere(filter), { lat: { gte: south, lt: north } }, { lon: { gte: west, lt: east } }] },
  });
}

async function idsDirect(filter: IncidentFilter, [west, south, east, north]: BBox): Promise<number[]> {
  const rows = await prisma.incident.findMany({
    where: { AND: [buildIncidentWhere(filter), { lat: { gte: south, lte: north } }, { lon: { gte: west, lte: east } }] },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => r.id);
}

describe('viewport markers', () => {
  it('count exactly the matching incidents per feature and in the whole box, for any data, filter and view', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(arbPlacedIncident, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(arbFilter, arbView), { minLength: 1, maxLength: 3 }),
        async (articles, views) => {
          await prisma.incident.deleteMany();
          await prisma.article.deleteMany();
          for (const table of AGGREGATE_TABLES) await prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
          for (const [i, incidents] of articles.entries()) {
            await saveArticle(prisma, {
              title: `Article ${i}`, outlet: null, url: null, publishedAt: null, contentHash: `markers-${i}-${Math.random()}`,
              text: null, sourcePath: null, incidents: incidents as never,
            });
          }
          for (const [filter, { bbox, zoom }] of views) {
            const label = JSON.stringify({ filter, bbox, zoom });
            const answer = await markers.getViewportMarkers(filter, bbox, zoom);
            expect(answer.features.length).toBeLessThanOrEqual(MAX_FEATURES);
            expect(answer.total, label).toBe(await countDirect(filter, answer.bbox));
            expect(answer.features.reduce((sum, f) => sum + f.properties.count, 0)).toBe(answer.total);
            for (const { geometry, properties: p } of answer.features) {
              const [west, south, east, north] = p.bounds;
              expect(west >= answer.bbox[0] && east <= answer.bbox[2] && south >= answer.bbox[1] && north <= answer.bbox[3]).toBe(true);
              const [lon, lat] = geometry.coordinates;
              expect(lon >= west - 1e-6 && lon <= east + 1e-6 && lat >= south - 1e-6 && lat <= north + 1e-6).toBe(true);
              expect(Object.values(p.byType).reduce((a, b) => a + b, 0)).toBe(p.count);
              expect(p.kind).toBe(west === east && south === north ? 'point' : 'cluster');
              const inside = await idsDirect(filter, p.bounds);
              expect(inside.length, label).toBe(p.count);
              if (p.count > markers.MAX_IDS_PER_FEATURE) continue;
              expect(p.incidentIds).toEqual(inside);
              // The same incidents one by one: each inside the cell's bounds, their types adding up to byType.
              expect(p.incidents.map((i) => i.id)).toEqual(inside);
              const byType: Record<string, number> = {};
              for (const i of p.incidents) {
                expect(i.lon >= west && i.lon <= east && i.lat >= south && i.lat <= north).toBe(true);
                expect(i.summary.length).toBeLessThanOrEqual(SUMMARY_LINE_LENGTH);
                byType[i.type] = (byType[i.type] ?? 0) + 1;
              }
              expect(byType).toEqual(p.byType);
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('count an incident once when both day bounds fall inside its month (the two edges are read apart)', async () => {
    await prisma.incident.deleteMany();
    await prisma.article.deleteMany();
    for (const table of AGGREGATE_TABLES) await prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
    // A month-dated incident lies in both edges of from=2024-01-10&to=2024-01-20; the others in one or none.
    const dates: [string, string][] = [['2024-01', 'month'], ['2024-01-15', 'day'], ['2024-01-05', 'day'], ['2024-01-25', 'day'], ['2024', 'year']];
    const incidents = dates.map(([date, datePrecision], k) => ({
      type: 'arrest', tags: [], summary: `Dated ${date}.`, evidence: '', confidence: 0.5, actors: [], status: 'auto' as const,
      date, datePrecision, placeName: 'Hyesan', admin1: 'Ryanggang', country: 'KP', lat: 41.4, lon: 128.18 + 0.3 * (k % 2), locationPrecision: 'city',
    }));
    await saveArticle(prisma, {
      title: 'One month', outlet: null, url: null, publishedAt: null, contentHash: `markers-month-${Math.random()}`,
      text: null, sourcePath: null, incidents: incidents as never,
    });
    for (const filter of [
      { ...EMPTY_FILTER, from: '2024-01-10', to: '2024-01-20' },
      { ...EMPTY_FILTER, from: '2024-01-10', to: '2024-02-20' },
      { ...EMPTY_FILTER, from: '2023-12-10', to: '2024-01-20', status: 'reviewed' as const },
    ]) {
      const answer = await markers.getViewportMarkers(filter, [124, 37.5, 131, 43], 7);
      expect(answer.total, JSON.stringify(filter)).toBe(await countDirect(filter, answer.bbox));
      for (const { properties: p } of answer.features) expect(p.incidentIds).toEqual(await idsDirect(filter, p.bounds));
    }
  });

  it("read a partial year's whole quarters from the quarter roll-up and only a cut quarter's months by month", async () => {
    await prisma.incident.deleteMany();
    await prisma.article.deleteMany();
    for (const table of AGGREGATE_TABLES) await prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
    // An incident on the 15th of every month from 2019-11 to 2022-08 (day, month or week precision, the week ones
    // crossing a quarter's end), and a year-dated one per year, at six points: every quarter part and month part of
    // the ranges below holds some, and each sits on a quarter's edge.
    const months = Array.from({ length: 34 }, (_, k) => {
      const m = 10 + k;
      return `${2019 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    });
    const dates: [string, string][] = [
      ...months.map((m, k): [string, string] => (k % 3 === 0 ? [m, 'month'] : k % 3 === 1 ? [`${m}-15`, 'day'] : [`${m}-28`, 'week'])),
      ['2020', 'year'], ['2021', 'year'], ['2022', 'year'],
    ];
    const incidents = dates.map(([date, datePrecision], k) => ({
      type: k % 2 ? 'arrest' : 'trial', tags: [], summary: `Dated ${date}.`, evidence: '', confidence: 0.5, actors: [], status: 'auto' as const,
      date, datePrecision, placeName: `Place ${k % 6}`, admin1: 'Ryanggang', country: 'KP', lat: 41.1 + 0.3 * (k % 3), lon: 128.1 + 0.4 * (k % 2),
      locationPrecision: 'site',
    }));
    await saveArticle(prisma, {
      title: 'Quarters', outlet: null, url: null, publishedAt: null, contentHash: `markers-quarters-${Math.random()}`,
      text: null, sourcePath: null, incidents: incidents as never,
    });
    for (const filter of [
      { ...EMPTY_FILTER, from: '2020-01', to: '2021-06' }, // the months view: a year, then two quarters
      { ...EMPTY_FILTER, from: '2020-02', to: '2022-05' }, // months, quarters, a year, a quarter, months
      { ...EMPTY_FILTER, from: '2020-05-10', to: '2021-08-20' }, // day edges around quarters and months
      { ...EMPTY_FILTER, from: '2020-04', to: '2021-09', types: ['arrest' as const] },
    ]) {
      for (const zoom of [7, 10]) {
        const answer = await markers.getViewportMarkers(filter, [124, 37.5, 131, 43], zoom);
        expect(answer.total, JSON.stringify(filter)).toBe(await countDirect(filter, answer.bbox));
        for (const { properties: p } of answer.features) {
          const inside = await idsDirect(filter, p.bounds);
          expect(p.count, JSON.stringify(filter)).toBe(inside.length);
          if (p.count <= markers.MAX_IDS_PER_FEATURE) expect(p.incidentIds, JSON.stringify(filter)).toEqual(inside);
        }
      }
    }
  });

  it('list the incidents of 100 small markers at as many points, whatever the filter (several statements each way)', async () => {
    await prisma.incident.deleteMany();
    await prisma.article.deleteMany();
    for (const table of AGGREGATE_TABLES) await prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
    // 120 points 0.2° apart (each alone in a cell at zoom 9), three types and dates at each: 360 point × type
    // terms and 120 boxes, more than one statement of either holds. Each point × type also has an incident of 2019
    // (outside the date filter below), reviewed at every third point, so the look-up by point × type must apply the
    // filter's dates and status itself.
    const incidents = Array.from({ length: 120 }, (_, k) =>
      (['arrest', 'trial', 'execution'] as const).flatMap((type, t) =>
        [`202${t}-0${1 + (k % 9)}-15`, `2019-0${1 + (k % 9)}-2${t}`].map((date, old) => ({
          type, tags: [], summary: `Point ${k}, ${type}${old ? ', earlier' : ''}.`, evidence: '', confidence: 0.5, actors: [],
          status: old && k % 3 === 0 ? ('reviewed' as const) : ('auto' as const),
          date, datePrecision: 'day', placeName: `Place ${k}`, admin1: k % 2 ? 'Ryanggang' : 'North Hamgyong',
          country: 'KP', lat: 38.05 + 0.2 * Math.floor(k / 12), lon: 125.05 + 0.2 * (k % 12), locationPrecision: 'site',
        })),
      ),
    ).flat();
    await saveArticle(prisma, {
      title: 'Many points', outlet: null, url: null, publishedAt: null, contentHash: `markers-many-${Math.random()}`,
      text: null, sourcePath: null, incidents: incidents as never,
    });
    const bbox: BBox = [125, 38, 127.4, 40];
    const filters: IncidentFilter[] = [
      EMPTY_FILTER,
      { ...EMPTY_FILTER, types: ['trial', 'execution'], provinces: ['ryanggang'] },
      { ...EMPTY_FILTER, from: '2021-03-01', to: '2022-05-20' },
      { ...EMPTY_FILTER, from: '2019-03-10', to: '2022-05-20', types: ['trial'], status: 'reviewed' },
      { ...EMPTY_FILTER, q: 'point' },
    ];
    for (const filter of filters) {
      const answer = await markers.getViewportMarkers(filter, bbox, 9);
      const small = answer.features.filter((f) => f.properties.count <= markers.MAX_IDS_PER_FEATURE);
      expect(small.length).toBeGreaterThan(filter.status ? 20 : 50);
      for (const { properties: p } of small.slice(0, 100)) {
        expect(p.incidentIds, JSON.stringify(filter)).toEqual(await idsDirect(filter, p.bounds));
      }
    }
  });
});
