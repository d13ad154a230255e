import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { earliestStartOverlapping } from '@/lib/dates/calendar';
import { splitFilterMonths } from './aggregates/split-date-range';
import { buildIncidentWhere } from './build-where';
import type { CountRequest, CountRow } from './count-rows';
import { countEdgeDays } from './count-edge-days';
import { facetSql } from './facet-sql';
import { shownCountColumn, type IncidentFilter } from './filter';

export type { CountDim, CountRow, CountRequest } from './count-rows';

const PERIOD_FIELD = { month: 'periodMonth', week: 'periodWeek', year: 'periodYear' } as const;
const CELL_PERIOD = { month: 'monthStart', week: 'week', year: 'yearStart' } as const;

/**
 * The aggregates are kept per type × province × date span for shown incidents (n: machine + reviewed,
 * nReviewed: reviewed); they cannot answer text, tag or outlet filters, nor the views a status filter asks for
 * beyond those two (awaiting review, rejected, all), which fall back to indexed queries on the incident table.
 */
export function canUseAggregates(filter: IncidentFilter): boolean {
  const countedStatus = filter.status === null || filter.status === 'reviewed';
  return countedStatus && !filter.q && filter.tags.length === 0 && filter.outlets.length === 0;
}

/**
 * Counts of matching incidents grouped by `dims`: from the aggregate tables when the filter allows, a day-bounded
 * range's edges from IncidentDayCount (count-edge-days.ts). `edges`: the day-bounded edges' rows for this request,
 * when the caller has counted them already (count-date-edges.ts).
 */
export async function countIncidents(filter: IncidentFilter, request: CountRequest, edges?: Promise<CountRow[]>): Promise<CountRow[]> {
  return canUseAggregates(filter) ? countFromCells(filter, request, edges) : countFromIncidents(filter, request);
}

type GroupBy = (args: { by: string[]; where: unknown; _count?: unknown; _sum?: unknown }) => Promise<Record<string, unknown>[]>;

/** A plain GROUP BY over the incident table. */
export async function countFromIncidents(filter: IncidentFilter, request: CountRequest): Promise<CountRow[]> {
  const field = { type: 'type', admin1: 'admin1', period: PERIOD_FIELD[request.by ?? 'month'] } as const;
  const where = buildIncidentWhere(filter, request.skip);
  const rows = await (prisma.incident.groupBy as unknown as GroupBy)({
    by: request.dims.map((d) => field[d]),
    where,
    _count: { _all: true },
  });
  return rows.map((row) => {
    const out: CountRow = { n: (row._count as { _all: number })._all };
    for (const d of request.dims) out[d] = row[field[d]] as string;
    return out;
  });
}

/** The aggregate tables countFromCells reads, smallest first; each has the count columns n and nReviewed. */
export type CellTable = 'province' | 'monthType' | 'month' | 'week';

/**
 * The smallest table that holds the groups and conditions asked for: type × province without dates
 * (IncidentProvinceCount, 144 rows at 1M), month span × type without provinces (IncidentMonthTypeCount, 5.5k),
 * else month span × type × province (IncidentMonthCount, 53k); a weekly timeline reads IncidentWeekCount.
 * At 1M the default view's two GROUP BYs over IncidentMonthCount took 22–29 ms each on PostgreSQL.
 */
export function chooseCellTable(request: CountRequest, usesProvinces: boolean, usesDates: boolean): CellTable {
  const period = request.dims.includes('period');
  if (period && request.by === 'week') return 'week';
  if (!period && !usesDates) return 'province';
  if (!request.dims.includes('admin1') && !usesProvinces) return 'monthType';
  return 'month';
}

const CELL_TABLES: Record<CellTable, string> = {
  province: 'IncidentProvinceCount',
  monthType: 'IncidentMonthTypeCount',
  month: 'IncidentMonthCount',
  week: 'IncidentWeekCount',
};

/**
 * SUM(count) per `columns` over one aggregate table, in raw SQL. Through Prisma's groupBy the default view's
 * month × type (2,913 rows at 1M) cost 5.1–5.7 ms of Node CPU on PostgreSQL and 7.4–9.0 on SQLite, against 3.2–4.5
 * and 5.8–5.9 for the same rows from $queryRaw (in process, warm). An empty table gives no row.
 */
async function sumCells(table: string, columns: string[], count: string, and: Prisma.Sql[]): Promise<{ values: unknown[]; n: number }[]> {
  const selected = columns.map((c, i) => Prisma.raw(`"${c}" AS "d${i}"`));
  const groupBy = columns.length ? Prisma.raw(`GROUP BY ${columns.map((_, i) => i + 1).join(', ')}`) : Prisma.empty;
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT ${Prisma.join([...selected, Prisma.raw(`SUM("${count}") AS "n"`)])}
    FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.join(and, ' AND ')} ${groupBy}`;
  return rows.filter((r) => r.n !== null).map((r) => ({ values: columns.map((_, i) => r[`d${i}`]), n: Number(r.n) }));
}

async function countFromCells(filter: IncidentFilter, request: CountRequest, counted?: Promise<CountRow[]>): Promise<CountRow[]> {
  const by = request.by ?? 'month';
  const field = { type: 'type', admin1: 'admin1', period: CELL_PERIOD[by] } as const;
  const split = splitFilterMonths(filter);
  // The cells count shown incidents only: n (auto + reviewed), nReviewed (reviewed).
  const count = shownCountColumn(filter.status);
  const and = [Prisma.sql`${Prisma.raw(`"${count}"`)} > 0`, ...facetSql(filter, request.skip)];
  const provinces = filter.provinces.length > 0 && request.skip !== 'provinces';
  if (split.cells.endFrom) {
    // An incident spans at most a year, so its first month is bounded below too: the (monthStart, …) covering index
    // reads that slice (1M, from=2019-03-15&to=2019-04-10, type × province on PostgreSQL: a sequential scan of
    // 52,684 rows, 8.6–10 ms, against an index-only scan of 180 rows, 0.5–0.7 ms).
    const startFrom = earliestStartOverlapping(`${split.cells.endFrom}-01`).slice(0, 7);
    and.push(Prisma.sql`"monthEnd" >= ${split.cells.endFrom} AND "monthStart" >= ${startFrom}`);
  }
  if (split.cells.startTo) and.push(Prisma.sql`"monthStart" <= ${split.cells.startTo} AND "monthStart" <> ''`);
  const table = CELL_TABLES[chooseCellTable(request, provinces, Boolean(filter.from || filter.to))];
  const [cells, edges] = await Promise.all([
    sumCells(table, request.dims.map((d) => field[d]), count, and),
    split.edges.length ? (counted ?? countEdgeDays(filter, request, split.edges)) : Promise.resolve([]),
  ]);
  const merged = new Map<string, CountRow>();
  const add = (row: CountRow) => {
    const key = JSON.stringify(request.dims.map((d) => row[d]));
    const known = merged.get(key);
    if (known) known.n += row.n;
    else merged.set(key, { ...row });
  };
  for (const cell of cells) {
    const row: CountRow = { n: cell.n };
    request.dims.forEach((d, i) => (row[d] = d === 'type' ? String(cell.values[i]) : String(cell.values[i] ?? '') || null));
    add(row);
  }
  for (const row of edges) add(row);
  return [...merged.values()];
}
