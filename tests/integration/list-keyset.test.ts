// Property: the dashboard list read page by page through its cursors (after= forwards, before= backwards)
// gives exactly the full list in its order (newest first, ties on a date by id, undated last), with no row
// twice and none missing, whatever the dates, ties and nulls. Real database, real Prisma.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { EMPTY_FILTER, type IncidentFilter } from '@/lib/incidents/filter';
import { compareListKeys, type ListCursor } from '@/lib/incidents/list-cursor';
import type { IncidentPage, ViewCounts } from '@/lib/incidents/list-incidents';
import { createFreshDatabase } from '../support/fresh-database';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let listIncidents: (filter: IncidentFilter, position: { page: number; cursor: ListCursor | null }, counts: ViewCounts) => Promise<IncidentPage>;
let PAGE_SIZE: number;

beforeAll(async () => {
  db = createFreshDatabase('list-keyset');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
  ({ listIncidents, PAGE_SIZE } = await import('@/lib/incidents/list-incidents'));
});

afterAll(async () => {
  await prisma.$disconnect();
  await (await import('@/lib/db')).prisma.$disconnect();
  db.remove();
});

// Few distinct dates, so many rows tie on a date; null for undated incidents.
const arbRow = fc.record({
  date: fc.option(fc.constantFrom('2019-12-31', '2024-01-15', '2024-02-29', '2024-03-01', '2024-03-02', '2025-07-14'), { nil: null }),
  type: fc.constantFrom('arrest', 'trial'),
  status: fc.constantFrom('auto', 'reviewed', 'rejected'),
});

// The date range's first page may come from its last month alone (2024-02-29 on), when that holds a page.
const FILTERS: IncidentFilter[] = [
  EMPTY_FILTER,
  { ...EMPTY_FILTER, types: ['arrest'] },
  { ...EMPTY_FILTER, status: 'all' },
  { ...EMPTY_FILTER, from: '2024-01', to: '2024-03' },
];

async function expectedIds(filter: IncidentFilter) {
  const { buildIncidentWhere } = await import('@/lib/incidents/build-where');
  const rows = await prisma.incident.findMany({ where: buildIncidentWhere(filter), select: { id: true, dateStart: true } });
  return rows.map((r) => ({ date: r.dateStart, id: r.id })).sort(compareListKeys).map((k) => k.id);
}

/** Every page, following `older` from the first page or `newer` from the last. */
async function walk(filter: IncidentFilter, counts: ViewCounts, dir: 'after' | 'before'): Promise<IncidentPage[]> {
  const pageCount = Math.max(1, Math.ceil(counts.total / PAGE_SIZE));
  const pages = [await listIncidents(filter, { page: dir === 'after' ? 1 : pageCount, cursor: null }, counts)];
  for (let guard = 0; guard <= pageCount; guard++) {
    const last = pages[pages.length - 1];
    const key = dir === 'after' ? last.older : last.newer;
    if (!key) return pages;
    pages.push(await listIncidents(filter, { page: last.page + (dir === 'after' ? 1 : -1), cursor: { dir, ...key } }, counts));
  }
  throw new Error('the cursors never reached the end');
}

describe('dashboard list, keyset pagination', () => {
  it('pages forwards and backwards concatenate to the whole ordered list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbRow, { minLength: 0, maxLength: 75 }), async (rows) => {
        await prisma.incident.deleteMany();
        await prisma.incident.createMany({
          data: rows.map((r, i) => ({ type: r.type, status: r.status, summary: `Row ${i}`, date: r.date, dateStart: r.date, dateEnd: r.date })),
        });
        for (const filter of FILTERS) {
          const ids = await expectedIds(filter);
          const { buildIncidentWhere } = await import('@/lib/incidents/build-where');
          const undated = await prisma.incident.count({ where: { AND: [buildIncidentWhere(filter), { dateStart: null }] } });
          const counts = { total: ids.length, undated };
          const forwards = await walk(filter, counts, 'after');
          expect(forwards.flatMap((p) => p.items.map((i) => i.id))).toEqual(ids);
          expect(forwards.map((p) => p.page)).toEqual(forwards.map((_, i) => i + 1));
          const backwards = await walk(filter, counts, 'before');
          expect(backwards.reverse().flatMap((p) => p.items.map((i) => i.id))).toEqual(ids);
          // Every page but the last is full, in both directions.
          for (const p of [...forwards.slice(0, -1), ...backwards.slice(0, -1)]) expect(p.items).toHaveLength(PAGE_SIZE);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('a cursor page equals the same page read by offset', async () => {
    await prisma.incident.deleteMany();
    await prisma.incident.createMany({
      data: Array.from({ length: 70 }, (_, i) => ({
        type: 'arrest', summary: `Row ${i}`, dateStart: i % 9 === 0 ? null : `2024-0${1 + (i % 3)}-1${i % 2}`, dateEnd: null,
      })),
    });
    const counts = { total: 70, undated: await prisma.incident.count({ where: { dateStart: null } }) };
    const first = await listIncidents(EMPTY_FILTER, { page: 1, cursor: null }, counts);
    const second = await listIncidents(EMPTY_FILTER, { page: 2, cursor: { dir: 'after', ...first.older! } }, counts);
    const byOffset = await listIncidents(EMPTY_FILTER, { page: 2, cursor: null }, counts);
    expect(second.items).toEqual(byOffset.items);
    expect([second.newer, second.older]).toEqual([byOffset.newer, byOffset.older]);
    // Back from page 3 to page 2 through `before`.
    const third = await listIncidents(EMPTY_FILTER, { page: 3, cursor: { dir: 'after', ...byOffset.older! } }, counts);
    const backToTwo = await listIncidents(EMPTY_FILTER, { page: 2, cursor: { dir: 'before', ...third.newer! } }, counts);
    expect(backToTwo.items).toEqual(byOffset.items);
  });
});
