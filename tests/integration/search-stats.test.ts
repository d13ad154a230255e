// Property: a text search's stats, whose period × type and type × province counts come from ONE grouped
// statement (lib/incidents/count-search-stats.ts), equal the separate statements and plain counts, for any
// data written through the real write path and any filter with a q= (with types, provinces, dates, statuses).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { EMPTY_FILTER, STATUS_FILTERS, type IncidentFilter } from '@/lib/incidents/filter';
import type { Interval } from '@/lib/incidents/periods';
import { saveArticle } from '@/lib/incidents/save-article';
import type * as Counting from '@/lib/incidents/count-incidents';
import type * as SearchStats from '@/lib/incidents/count-search-stats';
import type * as Stats from '@/lib/incidents/get-incident-stats';
import type * as Timeline from '@/lib/incidents/count-timeline';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { createFreshDatabase } from '../support/fresh-database';
import { arbIncident } from '../support/arbitrary-incident';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let counting: typeof Counting;
let searchStats: typeof SearchStats;
let stats: typeof Stats;
let timeline: typeof Timeline;

beforeAll(async () => {
  db = createFreshDatabase('search-stats');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
  counting = await import('@/lib/incidents/count-incidents');
  searchStats = await import('@/lib/incidents/count-search-stats');
  stats = await import('@/lib/incidents/get-incident-stats');
  timeline = await import('@/lib/incidents/count-timeline');
});

afterAll(async () => {
  await prisma?.$disconnect();
  const { prisma: app } = await import('@/lib/db');
  await app.$disconnect();
  db?.remove();
});

const DAYS = ['2023-12', '2024-01', '2024-01-02', '2024-02'];
const arbFilter: fc.Arbitrary<IncidentFilter> = fc.record({
  // Pieces of the summaries arbIncident writes (and of place names), in any case, plus one matching nothing.
  q: fc.constantFrom('test', 'ANOTHER', 'incident.', 'one', 'chongjin', 'hyesan', 'no such words', 'e'),
  types: fc.subarray(['arrest', 'trial', 'execution', 'other'] as const).map((t) => [...t]),
  provinces: fc.subarray(['north-hamgyong', 'ryanggang']).map((p) => [...p]),
  // Half the views without a bound, so that rows of unselected types often match and the type filter shows.
  from: fc.option(fc.constantFrom(...DAYS), { freq: 2 }),
  to: fc.option(fc.constantFrom(...DAYS), { freq: 2 }),
  status: fc.constantFrom(null, ...STATUS_FILTERS),
}).map((f) => ({ ...EMPTY_FILTER, ...f }));

const sorted = (rows: Counting.CountRow[]) => rows.map((r) => JSON.stringify(Object.entries(r).sort())).sort();

describe('text search stats counted in one statement', () => {
  it('are taken for text searches by month and year, not by week nor without q', () => {
    const q = { ...EMPTY_FILTER, q: 'hyesan' };
    expect(searchStats.canCountInOneScan(q, 'month')).toBe(true);
    expect(searchStats.canCountInOneScan(q, 'year')).toBe(true);
    expect(searchStats.canCountInOneScan(q, 'week')).toBe(false);
    expect(searchStats.canCountInOneScan(EMPTY_FILTER, 'month')).toBe(false);
  });

  it('equal the separate statements and plain counts for any data and filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(arbIncident, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(arbFilter, fc.constantFrom<Interval>('month', 'year')), { minLength: 1, maxLength: 4 }),
        async (articles, views) => {
          await prisma.incident.deleteMany();
          await prisma.article.deleteMany();
          for (const [i, incidents] of articles.entries()) {
            await saveArticle(prisma, {
              title: `Article ${i}`, outlet: null, url: null, publishedAt: null, contentHash: `search-stats-${i}-${Math.random()}`,
              text: null, sourcePath: null, incidents: incidents as never,
            });
          }
          for (const [filter, by] of views) {
            const label = JSON.stringify({ filter, by });
            expect(searchStats.canCountInOneScan(filter, by)).toBe(true);
            const shared = searchStats.countSearchStats(filter, by);
            expect(sorted(await shared.periodRows), label).toEqual(sorted(await counting.countFromIncidents(filter, { dims: ['period', 'type'], by })));
            expect(sorted(await shared.typeProvinceRows), label).toEqual(
              sorted(await counting.countFromIncidents(filter, { dims: ['type', 'admin1'], skip: 'types' })),
            );

            const view = await stats.getIncidentStats(filter, by);
            // The timeline as the separate statements give it (countTimeline counting period × type itself).
            const separate = await timeline.countTimeline(filter, by);
            for (const key of Object.keys(separate) as (keyof typeof separate)[]) expect(view[key], `${label} ${key}`).toEqual(separate[key]);
            expect(view.total, label).toBe(await prisma.incident.count({ where: buildIncidentWhere(filter) }));
            for (const [type, n] of Object.entries(view.typeFacet)) {
              expect(n, `${label} facet ${type}`).toBe(await prisma.incident.count({ where: { AND: [buildIncidentWhere(filter, 'types'), { type }] } }));
            }
            const provinces = await prisma.incident.groupBy({ by: ['admin1'], where: buildIncidentWhere(filter), _count: { _all: true } });
            expect(view.byProvince.map((p) => `${p.province}:${p.count}`).sort(), label).toEqual(
              provinces.filter((p) => p.admin1).map((p) => `${p.admin1}:${p._count._all}`).sort(),
            );
            expect(view.unplaced, label).toBe(provinces.find((p) => !p.admin1)?._count._all ?? 0);
          }
        },
      ),
      { numRuns: db.kind === 'postgresql' ? 10 : 15 },
    );
  });
});
