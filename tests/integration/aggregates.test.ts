// Property: after ANY sequence of writes (ingest, re-ingest, review edits, deletes, and the review screens' own
// decide / merge / undo-merge functions), every aggregate table
// holds exactly what a direct GROUP BY over the incident table gives. Real SQLite, real Prisma.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { applyIncidentDelta, SNAPSHOT_SELECT } from '@/lib/incidents/aggregates';
import { AGGREGATE_TABLES } from '@/lib/incidents/aggregates/rebuild-aggregates';
import { toDateRange } from '@/lib/dates/calendar';
import { CELL_LEVELS, gridStep } from '@/lib/geo/grid-cells';
import { derivePeriods } from '@/lib/incidents/periods';
import { saveArticle } from '@/lib/incidents/save-article';
import { createFreshDatabase, testDatabaseKind } from '../support/fresh-database';
import { arbIncident, arbPatch, type Patch } from '../support/arbitrary-incident';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = createFreshDatabase('aggregates');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
});

afterAll(async () => {
  await prisma.$disconnect();
  await (await import('@/lib/db')).prisma.$disconnect();
  db.remove();
});

type Op =
  | { kind: 'ingest'; article: number; version: number; incidents: unknown[] }
  | { kind: 'edit'; pick: number; patch: Patch }
  | { kind: 'delete'; pick: number }
  | { kind: 'decide'; pick: number; decision: 'reviewed' | 'rejected' }
  | { kind: 'merge'; pick: number; other: number }
  | { kind: 'undo'; pick: number };

const editor = { id: 'user-1', email: 'ed@example.org', name: 'Ed', role: 'editor' as const };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('ingest' as const), article: fc.nat(3), version: fc.nat(5), incidents: fc.array(arbIncident, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), patch: arbPatch }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('decide' as const), pick: fc.nat(), decision: fc.constantFrom('reviewed' as const, 'rejected' as const) }),
  fc.record({ kind: fc.constant('merge' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const), pick: fc.nat() }),
);

async function run(op: Op) {
  if (op.kind === 'ingest') {
    await saveArticle(prisma, {
      title: `Article ${op.article}`,
      outlet: 'Test Outlet',
      url: `https://example.test/${op.article}`,
      publishedAt: '2024-03-05',
      contentHash: `hash-${op.article}-${op.version}-${JSON.stringify(op.incidents).length}`,
      text: null,
      sourcePath: null,
      incidents: op.incidents as never,
    });
    return;
  }
  const ids = (await prisma.incident.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
  if (!ids.length) return;
  const id = ids[op.pick % ids.length];
  if (op.kind === 'decide') {
    await (await import('@/lib/review/decide-incidents')).decideIncidents([id], op.decision, editor);
    return;
  }
  if (op.kind === 'merge') {
    const other = ids[op.other % ids.length];
    if (other !== id) await (await import('@/lib/review/merge-incidents')).mergeIncidents(id, other, editor);
    return;
  }
  if (op.kind === 'undo') {
    const merges = await prisma.incidentMerge.findMany({ where: { undoneAt: null }, orderBy: { id: 'asc' } });
    if (merges.length) await (await import('@/lib/review/undo-merge')).undoMerge(merges[op.pick % merges.length].id, editor);
    return;
  }
  // What a review screen does: read, write, apply the delta, all in one transaction.
  await prisma.$transaction(async (tx) => {
    const before = await tx.incident.findUniqueOrThrow({ where: { id }, select: SNAPSHOT_SELECT });
    if (op.kind === 'delete') {
      await tx.incident.delete({ where: { id } });
      await applyIncidentDelta(tx, before, null);
      return;
    }
    const { date, datePrecision, ...rest } = op.patch;
    const range = date === undefined ? undefined : toDateRange(date, datePrecision ?? 'day');
    const periods = range ? derivePeriods(range.dateStart) : null;
    const dates =
      date === undefined
        ? {}
        : {
            date,
            datePrecision: datePrecision ?? 'day',
            dateStart: range?.dateStart ?? null,
            dateEnd: range?.dateEnd ?? null,
            periodMonth: periods?.month ?? null,
            periodWeek: periods?.week ?? null,
            periodYear: periods?.year ?? null,
          };
    const after = await tx.incident.update({ where: { id }, data: { ...rest, ...dates }, select: SNAPSHOT_SELECT });
    await applyIncidentDelta(tx, before, after);
  });
}

/** The aggregates as stored, and as a direct GROUP BY over the incidents computes them, as sorted lines. */
async function compare() {
  // COUNT(*) comes back as a BigInt: compare counts as numbers.
  const line = (r: Record<string, unknown>) => JSON.stringify({ ...r, n: Number(r.n), nReviewed: Number(r.nReviewed) });
  const stored = async (table: string, cols: string) =>
    (await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${cols}, n, "nReviewed" FROM "${table}" ORDER BY ${cols}`)).map(line);
  const direct = async (sql: string, cols: string) =>
    (await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM (${sql}) t ORDER BY ${cols}`)).map(line);
  const month = '"monthStart", "monthEnd", "yearStart", "type", "admin1"';
  const week = '"week", "monthStart", "monthEnd", "type", "admin1"';
  const place = '"lat", "lon", "type", "admin1", "placeName", "precision", "monthStart", "monthEnd"';
  const point = '"lat", "lon", "type", "admin1", "placeName", "precision"';
  const coarse = '"precision", "dateStart", "dateEnd", "type", "admin1"';
  const day = '"dateStart", "dateEnd", "type", "admin1"';
  const monthType = '"monthStart", "monthEnd", "yearStart", "type"';
  const province = '"type", "admin1"';
  const total = await prisma.incident.count({ where: { status: { in: ['auto', 'reviewed'] } } });
  const sum = await prisma.incidentMonthCount.aggregate({ _sum: { n: true } });
  expect(sum._sum.n ?? 0).toBe(total);
  expect(await stored('IncidentMonthCount', month)).toEqual(
    await direct(
      `SELECT COALESCE(SUBSTR("dateStart",1,7),'') AS "monthStart", COALESCE(SUBSTR("dateEnd",1,7),'') AS "monthEnd",
       COALESCE(SUBSTR("dateStart",1,4),'') AS "yearStart", "type", COALESCE("admin1",'') AS "admin1", COUNT(*) AS n, SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed"
       FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1,2,3,4,5`,
      month,
    ),
  );
  // The two roll-ups of the month table, each against its own GROUP BY over the incidents (not over that table).
  expect(await stored('IncidentMonthTypeCount', monthType)).toEqual(
    await direct(
      `SELECT COALESCE(SUBSTR("dateStart",1,7),'') AS "monthStart", COALESCE(SUBSTR("dateEnd",1,7),'') AS "monthEnd",
       COALESCE(SUBSTR("dateStart",1,4),'') AS "yearStart", "type", COUNT(*) AS n, SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed"
       FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1,2,3,4`,
      monthType,
    ),
  );
  expect(await stored('IncidentProvinceCount', province)).toEqual(
    await direct(
      `SELECT "type", COALESCE("admin1",'') AS "admin1", COUNT(*) AS n, SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed"
       FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1,2`,
      province,
    ),
  );
  expect(await stored('IncidentWeekCount', week)).toEqual(
    await direct(
      `SELECT COALESCE("periodWeek",'') AS "week", COALESCE(SUBSTR("dateStart",1,7),'') AS "monthStart",
       COALESCE(SUBSTR("dateEnd",1,7),'') AS "monthEnd", "type", COALESCE("admin1",'') AS "admin1", COUNT(*) AS n, SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed"
       FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1,2,3,4,5`,
      week,
    ),
  );
  expect(await stored('IncidentPlaceCount', place)).toEqual(
    await direct(
      `SELECT "lat", "lon", "type", COALESCE("admin1",'') AS "admin1", COALESCE("placeName",'') AS "placeName",
       "locationPrecision" AS "precision", COALESCE(SUBSTR("dateStart",1,7),'') AS "monthStart",
       COALESCE(SUBSTR("dateEnd",1,7),'') AS "monthEnd", COUNT(*) AS n, SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed"
       FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1,2,3,4,5,6,7,8`,
      place,
    ),
  );
  expect(await stored('IncidentPointCount', point)).toEqual(
    await direct(
      `SELECT "lat", "lon", "type", COALESCE("admin1",'') AS "admin1", COALESCE("placeName",'') AS "placeName",
       "locationPrecision" AS "precision", COUNT(*) AS n, SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed"
       FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1,2,3,4,5,6`,
      point,
    ),
  );
  await compareCells(null);
  await compareCells('year');
  await compareCells('quarter');
  expect(await stored('IncidentCoarseCount', coarse)).toEqual(
    await direct(
      `SELECT "datePrecision" AS "precision", "dateStart", "dateEnd", "type", COALESCE("admin1",'') AS "admin1",
       COUNT(*) AS n, SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed"
       FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "datePrecision" IN ('month', 'year')
       AND "dateStart" IS NOT NULL AND "dateEnd" IS NOT NULL GROUP BY 1,2,3,4,5`,
      coarse,
    ),
  );
  expect(await stored('IncidentDayCount', day)).toEqual(
    await direct(
      `SELECT "dateStart", "dateEnd", "type", COALESCE("admin1",'') AS "admin1",
       COUNT(*) AS n, SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed"
       FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "dateStart" IS NOT NULL AND "dateEnd" IS NOT NULL GROUP BY 1,2,3,4`,
      day,
    ),
  );
}

/** A date column's quarter as IncidentCellQuarterCount keys it: the quarter's first month, '' when undated. */
const quarterOfDay = (column: string) =>
  `COALESCE(SUBSTR(i."${column}", 1, 5) || CASE (CAST(SUBSTR(i."${column}", 6, 2) AS INTEGER) - 1) / 3 WHEN 0 THEN '01' WHEN 1 THEN '04' WHEN 2 THEN '07' ELSE '10' END, '')`;

/**
 * IncidentCellCount (and, per year span, IncidentCellYearCount; per quarter span, IncidentCellQuarterCount) against
 * its own GROUP BY over the incidents (not over IncidentPointCount or IncidentPlaceCount): every level's cells, with
 * the counts, bounds and names exact and the coordinate sums equal up to the order of the additions.
 */
async function compareCells(spans: 'year' | 'quarter' | null) {
  const { table, spanKey, span } = {
    none: { table: 'IncidentCellCount', spanKey: '', span: '' },
    year: {
      table: 'IncidentCellYearCount',
      spanKey: '"yearStart", "yearEnd", ',
      span: `COALESCE(SUBSTR(i."dateStart", 1, 4), '') AS "yearStart", COALESCE(SUBSTR(i."dateEnd", 1, 4), '') AS "yearEnd",`,
    },
    quarter: {
      table: 'IncidentCellQuarterCount',
      spanKey: '"quarterStart", "quarterEnd", ',
      span: `${quarterOfDay('dateStart')} AS "quarterStart", ${quarterOfDay('dateEnd')} AS "quarterEnd",`,
    },
  }[spans ?? 'none'];
  const key = `"level", ${spanKey}"cellRow", "cellColumn", "type", "admin1"`;
  const years = spans !== null;
  const levels = CELL_LEVELS.map((level) => `SELECT ${level} AS "level", CAST(${gridStep(level)} AS DOUBLE PRECISION) AS "step"`).join(' UNION ALL ');
  const direct = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT * FROM (
       SELECT g."level", ${span} CAST(FLOOR((i."lat" + 90) / g."step") AS INTEGER) AS "cellRow", CAST(FLOOR((i."lon" + 180) / g."step") AS INTEGER) AS "cellColumn",
         i."type", COALESCE(i."admin1", '') AS "admin1", COUNT(*) AS "n", SUM(CASE WHEN i."status" = 'reviewed' THEN 1 ELSE 0 END) AS "nReviewed",
         SUM(i."lat") AS "sumLat", SUM(i."lon") AS "sumLon", MIN(i."lat") AS "minLat", MAX(i."lat") AS "maxLat", MIN(i."lon") AS "minLon", MAX(i."lon") AS "maxLon",
         MIN(COALESCE(i."placeName", '')) AS "minPlace", MAX(COALESCE(i."placeName", '')) AS "maxPlace",
         MIN(i."locationPrecision") AS "minPrecision", MAX(i."locationPrecision") AS "maxPrecision"
       FROM "Incident" i CROSS JOIN (${levels}) g
       WHERE i."status" IN ('auto', 'reviewed') AND i."lat" IS NOT NULL AND i."lon" IS NOT NULL
       GROUP BY ${years ? '1, 2, 3, 4, 5, 6, 7' : '1, 2, 3, 4, 5'}) t ORDER BY ${key}`,
  );
  const stored = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}" ORDER BY ${key}`);
  const exact = (r: Record<string, unknown>) => {
    const { sumLat, sumLon, ...rest } = r;
    void sumLat;
    void sumLon;
    return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
  };
  expect(stored.map(exact), table).toEqual(direct.map(exact));
  for (const [i, row] of stored.entries()) {
    expect(Number(row.sumLat)).toBeCloseTo(Number(direct[i].sumLat), 6);
    expect(Number(row.sumLon)).toBeCloseTo(Number(direct[i].sumLon), 6);
  }
  // Every level holds every located, shown incident once.
  const located = await prisma.incident.count({ where: { status: { in: ['auto', 'reviewed'] }, lat: { not: null }, lon: { not: null } } });
  for (const level of CELL_LEVELS) {
    const sum = await prisma.$queryRawUnsafe<{ n: unknown }[]>(`SELECT SUM("n") AS "n" FROM "${table}" WHERE "level" = ${level}`);
    expect(Number(sum[0].n ?? 0), `${table} level ${level}`).toBe(located);
  }
}

async function wipe() {
  await prisma.incident.deleteMany();
  await prisma.article.deleteMany();
  for (const table of AGGREGATE_TABLES) {
    await prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
  }
}

describe('aggregates stay equal to a direct count', () => {
  it('after any sequence of ingests, re-ingests, review edits and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbOp, { minLength: 1, maxLength: 12 }), async (ops) => {
        await wipe();
        for (const op of ops) await run(op);
        await compare();
      }),
      { numRuns: 30 },
    );
  });

  it('a rebuild gives the same tables as the incremental upkeep', async () => {
    const { rebuildAggregates } = await import('@/lib/incidents/aggregates');
    // Fixed samples after an article of 40 incidents, so that every date of the arbitrary (quarter edges too) goes
    // through the rebuild's SQL.
    const article: Op = { kind: 'ingest', article: 9, version: 0, incidents: fc.sample(arbIncident, { numRuns: 40, seed: 11 }) };
    for (const sample of fc.sample(fc.array(arbOp, { minLength: 5, maxLength: 12 }), { numRuns: 2, seed: 7 })) {
      await wipe();
      for (const op of [article, ...sample]) await run(op);
      const before = await prisma.incidentMonthCount.findMany({ orderBy: [{ monthStart: 'asc' }, { type: 'asc' }, { admin1: 'asc' }, { monthEnd: 'asc' }] });
      await rebuildAggregates(prisma);
      const after = await prisma.incidentMonthCount.findMany({ orderBy: [{ monthStart: 'asc' }, { type: 'asc' }, { admin1: 'asc' }, { monthEnd: 'asc' }] });
      expect(after).toEqual(before);
      await compare();
    }
  });

  it('db:maintain leaves them equal, the span roll-ups back in key order and the statistics current', async () => {
    const { maintainAggregates } = await import('@/lib/incidents/aggregates');
    const { CLUSTERED_ROLLUPS } = await import('@/lib/incidents/aggregates/maintain-aggregates');
    const kind = testDatabaseKind();
    const article = (n: number, seed: number): Op => ({ kind: 'ingest', article: n, version: 0, incidents: fc.sample(arbIncident, { numRuns: 20, seed }) });
    await wipe();
    await run(article(8, 12));
    expect((await maintainAggregates(prisma, kind)).length).toBeGreaterThan(1);
    // Then more writes, in no particular order: the upkeep adds each new key where there is room.
    for (const op of [article(9, 13), ...fc.sample(fc.array(arbOp, { minLength: 8, maxLength: 12 }), { numRuns: 1, seed: 5 })[0]]) await run(op);
    await maintainAggregates(prisma, kind);
    await compare();
    if (kind === 'postgresql') {
      // CLUSTER rewrote each table in its index's order: the rows' physical order (ctid) is the key order.
      for (const { table, index } of CLUSTERED_ROLLUPS) {
        const [{ columns }] = await prisma.$queryRawUnsafe<{ columns: string }[]>(
          `SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord) AS columns
           FROM pg_class c JOIN pg_index x ON x.indexrelid = c.oid
           CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum WHERE c.relname = $1`,
          index,
        );
        const physical = await prisma.$queryRawUnsafe<unknown[]>(`SELECT ${columns} FROM "${table}" ORDER BY ctid`);
        const sorted = await prisma.$queryRawUnsafe<unknown[]>(`SELECT ${columns} FROM "${table}" ORDER BY ${columns}`);
        expect(physical.length, table).toBeGreaterThan(10);
        expect(physical, table).toEqual(sorted);
      }
    } else {
      // ANALYZE counted every aggregate table's rows as they are now (PRAGMA optimize alone skips a table that grew
      // less than tenfold since its last ANALYZE).
      let checked = 0;
      for (const table of AGGREGATE_TABLES) {
        const [{ n }] = await prisma.$queryRawUnsafe<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
        if (Number(n) === 0) continue;
        const stats = await prisma.$queryRawUnsafe<{ stat: string }[]>(`SELECT stat FROM sqlite_stat1 WHERE tbl = ?`, table);
        expect(stats.length, table).toBeGreaterThan(0);
        for (const { stat } of stats) expect(Number(stat.split(' ')[0]), table).toBe(Number(n));
        checked += 1;
      }
      expect(checked).toBeGreaterThan(5);
    }
  });
});
