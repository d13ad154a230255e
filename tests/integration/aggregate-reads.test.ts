// Property: for any data written through the real write paths and any filter the aggregates can answer,
// the counts read from the aggregates (plus the day-level date edges) equal a GROUP BY over the incidents.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { EMPTY_FILTER, STATUS_FILTERS, type IncidentFilter } from '@/lib/incidents/filter';
import { saveArticle } from '@/lib/incidents/save-article';
import type * as Counting from '@/lib/incidents/count-incidents';
import type * as Stats from '@/lib/incidents/get-incident-stats';
import type * as Timelines from '@/lib/incidents/count-timeline';
import { countSegments } from '@/lib/incidents/count-segments';
import { AGGREGATE_TABLES } from '@/lib/incidents/aggregates/rebuild-aggregates';
import { createFreshDatabase } from '../support/fresh-database';
import { arbIncident } from '../support/arbitrary-incident';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let counting: typeof Counting;
let stats: typeof Stats;
let timelines: typeof Timelines;

beforeAll(async () => {
  db = createFreshDatabase('aggregate-reads');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
  counting = await import('@/lib/incidents/count-incidents');
  stats = await import('@/lib/incidents/get-incident-stats');
  timelines = await import('@/lib/incidents/count-timeline');
});

afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: app } = await import('@/lib/db');
  await app.$disconnect();
  db.remove();
});

const DAYS = ['2023-01', '2023-12', '2023-12-30', '2024-01', '2024-01-01', '2024-01-02', '2024-02-15', '2024-02'];
const arbFilter: fc.Arbitrary<IncidentFilter> = fc.record({
  types: fc.subarray(['arrest', 'trial', 'execution', 'other'] as const).map((t) => [...t]),
  provinces: fc.subarray(['north-hamgyong', 'ryanggang']).map((p) => [...p]),
  from: fc.option(fc.constantFrom(...DAYS)),
  to: fc.option(fc.constantFrom(...DAYS)),
  // The statuses the aggregates count (n, nReviewed); the others read the incident table (asserted below).
  status: fc.constantFrom(null, 'reviewed' as const),
}).map((f) => ({ ...EMPTY_FILTER, ...f }));

const sorted = (rows: Counting.CountRow[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('counts read from the aggregates', () => {
  it('are used only for the statuses they count', () => {
    for (const status of STATUS_FILTERS) {
      expect(counting.canUseAggregates({ ...EMPTY_FILTER, status })).toBe(status === 'reviewed');
    }
    expect(counting.canUseAggregates(EMPTY_FILTER)).toBe(true);
  });

  it('come from the smallest table that holds the groups and conditions', () => {
    const choose = counting.chooseCellTable;
    // No dates: type × province (the default view's facets and provinces, with or without a province filter).
    expect(choose({ dims: ['type', 'admin1'], skip: 'types' }, false, false)).toBe('province');
    expect(choose({ dims: ['admin1'], skip: 'provinces' }, false, false)).toBe('province');
    expect(choose({ dims: ['type', 'admin1'] }, true, false)).toBe('province');
    // A timeline without a province: month span × type; with one, or grouped by province with dates: the month table.
    expect(choose({ dims: ['period', 'type'], by: 'month' }, false, true)).toBe('monthType');
    expect(choose({ dims: ['period', 'type'], by: 'year' }, false, false)).toBe('monthType');
    expect(choose({ dims: ['period', 'type'], by: 'month' }, true, false)).toBe('month');
    expect(choose({ dims: ['type', 'admin1'], skip: 'types' }, false, true)).toBe('month');
    expect(choose({ dims: ['period', 'type'], by: 'week' }, false, false)).toBe('week');
  });

  it('equal a GROUP BY over the incidents for any data and filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(arbIncident, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(arbFilter, { minLength: 1, maxLength: 4 }),
        async (articles, filters) => {
          await prisma.incident.deleteMany();
          await prisma.article.deleteMany();
          for (const table of AGGREGATE_TABLES) await prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
          for (const [i, incidents] of articles.entries()) {
            await saveArticle(prisma, {
              title: `Article ${i}`, outlet: null, url: null, publishedAt: null, contentHash: `reads-${i}-${Math.random()}`,
              text: null, sourcePath: null, incidents: incidents as never,
            });
          }
          for (const filter of filters) {
            expect(counting.canUseAggregates(filter)).toBe(true);
            for (const request of [
              { dims: ['period', 'type'], by: 'month' },
              { dims: ['period'], by: 'week' },
              { dims: ['period', 'type'], by: 'year' },
              { dims: ['type'], skip: 'types' },
              { dims: ['admin1'], skip: 'provinces' },
              { dims: ['type', 'admin1'], skip: 'types' },
              { dims: ['period', 'type'], by: 'month', skip: 'provinces' },
            ] as Counting.CountRequest[]) {
              const fromCells = await counting.countIncidents(filter, request);
              const direct = await counting.countFromIncidents(filter, request);
              expect(sorted(fromCells), JSON.stringify({ filter, request })).toEqual(sorted(direct));
            }
            // The view's stats (type facet and provinces read from one type × province count) against plain counts.
            const view = await stats.getIncidentStats(filter, 'month');
            const { buildIncidentWhere } = await import('@/lib/incidents/build-where');
            expect(view.total).toBe(await prisma.incident.count({ where: buildIncidentWhere(filter) }));
            for (const [type, n] of Object.entries(view.typeFacet)) {
              expect(n, `facet ${type}`).toBe(await prisma.incident.count({ where: { AND: [buildIncidentWhere(filter, 'types'), { type }] } }));
            }
            const provinces = await prisma.incident.groupBy({ by: ['admin1'], where: buildIncidentWhere(filter), _count: { _all: true } });
            expect(view.byProvince.map((p) => `${p.province}:${p.count}`).sort()).toEqual(
              provinces.filter((p) => p.admin1).map((p) => `${p.admin1}:${p._count._all}`).sort(),
            );
            expect(view.unplaced).toBe(provinces.find((p) => !p.admin1)?._count._all ?? 0);
            // A range bounded by days inside a month counts its edges once for both of the stats' counts
            // (count-date-edges.ts): the timeline is the one its own statements give.
            const { countStatsEdges } = await import('@/lib/incidents/count-date-edges');
            const dayBounded = [filter.from, filter.to].some((d) => d && d.length === 10 && !['2024-01-01'].includes(d));
            if (dayBounded && filter.from !== filter.to) expect(countStatsEdges(filter, 'month')).not.toBeNull();
            const ownTimeline = await timelines.countTimeline(filter, 'month');
            for (const [key, value] of Object.entries(ownTimeline)) expect(view[key as keyof typeof view], key).toEqual(value);
            // The timeline's coarsely dated incidents (read from IncidentCoarseCount for these filters), for both
            // intervals that have bands, against the same grouped count over the incident table.
            const { countCoarseDates } = await import('@/lib/incidents/count-coarse-dates');
            const { COARSE_PRECISIONS } = await import('@/lib/incidents/coarse-dates');
            for (const by of ['month', 'week'] as const) {
              const plain = await prisma.incident.groupBy({
                by: ['datePrecision', 'dateStart', 'dateEnd', 'type'],
                where: { AND: [{ datePrecision: { in: [...COARSE_PRECISIONS[by]] } }, buildIncidentWhere(filter), { dateStart: { not: null } }] },
                _count: { _all: true },
              });
              expect((await countCoarseDates(filter, by)).map((r) => `${r.precision} ${r.dateStart} ${r.dateEnd} ${r.type} ${r.n}`).sort(), by).toEqual(
                plain.map((r) => `${r.datePrecision} ${r.dateStart} ${r.dateEnd} ${r.type} ${r._count._all}`).sort(),
              );
            }
            // A timeline too dense for its interval (the cap lowered to 0 segments): months are summed into years in
            // code, weeks are counted again by month; either way the answer is the one asked by year.
            const yearly = await timelines.countTimeline(filter, 'year');
            for (const by of ['month', 'week'] as const) {
              const drawn = countSegments((await timelines.countTimeline(filter, by)).byPeriod);
              const coarsened = await timelines.countTimeline(filter, by, { maxSegments: 0 });
              if (drawn > 0) expect(coarsened.interval, by).not.toBe(by);
              if (coarsened.interval !== 'year') continue;
              expect(coarsened.coarsenedFrom).toBe(by);
              expect({ ...coarsened, coarsenedFrom: null }, JSON.stringify({ filter, by })).toEqual(yearly);
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
