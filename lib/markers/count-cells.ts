import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { earliestStartOverlapping, endOfDateBound, startOfDateBound } from '@/lib/dates/calendar';
import { toProvinceNames } from '@/lib/geo/provinces';
import { splitDateRange, withoutDateRange } from '@/lib/incidents/aggregates/split-date-range';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { canUseAggregates } from '@/lib/incidents/count-incidents';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { toCellStat, mergeCellStat, type CellStat } from './cell-stats';
import { cellColumn, cellRow, type BBox } from './viewport-grid';

/**
 * Matching incidents with coordinates inside `bbox`, counted per grid cell × type, in one GROUP BY on the cell
 * (SQL that SQLite and PostgreSQL both run: FLOOR, double-quoted names): from IncidentPointCount when there is
 * no date range, else from IncidentPlaceCount (month grain) plus the incidents whose dates straddle a day
 * bound inside a month, read from the incident table; filters the aggregates cannot answer (text, tag,
 * outlet) read the incident table only.
 */
export async function countCells(filter: IncidentFilter, bbox: BBox, step: number): Promise<CellStat[]> {
  if (!canUseAggregates(filter)) return countCellsDirect(filter, bbox, step);
  const split = splitDateRange(filter.from && startOfDateBound(filter.from), filter.to && endOfDateBound(filter.to), 'month');
  const [fromCells, fromEdges] = await Promise.all([
    countCellsFromAggregate(filter, bbox, step, split.cells),
    split.edges.length ? countCellsDirect(withoutDateRange(filter), bbox, step, { OR: split.edges }) : Promise.resolve([]),
  ]);
  const byKey = new Map<string, CellStat>();
  for (const s of [...fromCells, ...fromEdges]) {
    const key = `${s.row}:${s.column}:${s.type}`;
    const known = byKey.get(key);
    if (known) mergeCellStat(known, s);
    else byKey.set(key, s);
  }
  return [...byKey.values()];
}

type SqlCell = Record<keyof CellStat, number | bigint | string>;

async function countCellsFromAggregate(
  filter: IncidentFilter,
  [west, south, east, north]: BBox,
  step: number,
  months: { endFrom: string | null; startTo: string | null },
): Promise<CellStat[]> {
  // Shown incidents are counted in n (auto + reviewed) and nReviewed (reviewed only).
  const count = Prisma.raw(filter.status === 'reviewed' ? '"nReviewed"' : '"n"');
  const where = [
    Prisma.sql`${count} > 0`,
    Prisma.sql`"lat" >= ${south} AND "lat" <= ${north} AND "lon" >= ${west} AND "lon" <= ${east}`,
  ];
  if (filter.types.length) where.push(Prisma.sql`"type" IN (${Prisma.join(filter.types)})`);
  if (filter.provinces.length) {
    where.push(Prisma.sql`"admin1" IN (${Prisma.join(toProvinceNames(filter.provinces))})`);
  }
  if (months.endFrom) {
    // An incident spans at most a year: its first month is bounded below too, so the month index reads one slice.
    const earliest = earliestStartOverlapping(`${months.endFrom}-01`).slice(0, 7);
    where.push(Prisma.sql`"monthEnd" >= ${months.endFrom} AND "monthStart" >= ${earliest}`);
  }
  if (months.startTo) where.push(Prisma.sql`"monthStart" <= ${months.startTo} AND "monthStart" <> ''`);
  const table = Prisma.raw(months.endFrom || months.startTo ? '"IncidentPlaceCount"' : '"IncidentPointCount"');
  const size = Prisma.sql`CAST(${step} AS DOUBLE PRECISION)`;
  const rows = await prisma.$queryRaw<SqlCell[]>`
    SELECT FLOOR(("lat" + 90) / ${size}) AS "row", FLOOR(("lon" + 180) / ${size}) AS "column", "type",
      SUM(${count}) AS "n", MIN("lat") AS "minLat", MAX("lat") AS "maxLat", MIN("lon") AS "minLon", MAX("lon") AS "maxLon",
      SUM("lat" * ${count}) AS "sumLat", SUM("lon" * ${count}) AS "sumLon",
      MIN("placeName") AS "minPlace", MAX("placeName") AS "maxPlace", MIN("admin1") AS "minAdmin1",
      MAX("admin1") AS "maxAdmin1", MIN("precision") AS "minPrecision", MAX("precision") AS "maxPrecision"
    FROM ${table}
    WHERE ${Prisma.join(where, ' AND ')}
    GROUP BY 1, 2, 3`;
  return rows.map((r) => ({
    row: Number(r.row), column: Number(r.column), type: String(r.type), n: Number(r.n),
    minLat: Number(r.minLat), maxLat: Number(r.maxLat), minLon: Number(r.minLon), maxLon: Number(r.maxLon),
    sumLat: Number(r.sumLat), sumLon: Number(r.sumLon),
    minPlace: String(r.minPlace), maxPlace: String(r.maxPlace), minAdmin1: String(r.minAdmin1),
    maxAdmin1: String(r.maxAdmin1), minPrecision: String(r.minPrecision), maxPrecision: String(r.maxPrecision),
  }));
}

/** GROUP BY point × type over the incident table, then folded into cells here. */
async function countCellsDirect(filter: IncidentFilter, [west, south, east, north]: BBox, step: number, extra?: object): Promise<CellStat[]> {
  const groups = await prisma.incident.groupBy({
    by: ['lat', 'lon', 'type', 'admin1', 'placeName', 'locationPrecision'],
    where: {
      AND: [buildIncidentWhere(filter), { lat: { gte: south, lte: north } }, { lon: { gte: west, lte: east } }, ...(extra ? [extra] : [])],
    },
    _count: { _all: true },
  });
  const byKey = new Map<string, CellStat>();
  for (const g of groups) {
    const lat = g.lat!;
    const lon = g.lon!;
    const stat = toCellStat(
      { lat, lon, type: g.type, placeName: g.placeName, admin1: g.admin1, precision: g.locationPrecision, n: g._count._all },
      cellRow(lat, step),
      cellColumn(lon, step),
    );
    const key = `${stat.row}:${stat.column}:${stat.type}`;
    const known = byKey.get(key);
    if (known) mergeCellStat(known, stat);
    else byKey.set(key, stat);
  }
  return [...byKey.values()];
}
