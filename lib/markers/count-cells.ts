import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { earliestStartOverlapping } from '@/lib/dates/calendar';
import { splitFilterMonths, splitMonthsByYear, type CellBounds, type MonthPart, type YearPart } from '@/lib/incidents/aggregates/split-date-range';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { canUseAggregates } from '@/lib/incidents/count-incidents';
import { facetSql } from '@/lib/incidents/facet-sql';
import { shownCountColumn, type IncidentFilter } from '@/lib/incidents/filter';
import { toCellStat, mergeCellStat, type CellStat, type PointGroup } from './cell-stats';
import { countEdgePoints } from './count-edge-points';
import { cellColumn, cellRow, gridLevel, MAX_CELL_LEVEL } from '@/lib/geo/grid-cells';
import { toCellArea, type CellRange } from './viewport-grid';

/**
 * Matching incidents with coordinates in the grid cells of `range`, counted per cell × type, in one GROUP BY
 * on the cell (SQL that SQLite and PostgreSQL both run: FLOOR, double-quoted names): without a date range from
 * IncidentCellCount, the cells already rolled up (IncidentPointCount at levels past MAX_CELL_LEVEL and for
 * `status=reviewed`, whose bounds the roll-up does not keep); with one, the range's whole years from
 * IncidentCellYearCount, the whole quarters of partial years from IncidentCellQuarterCount and only the months of a
 * quarter that the range's end cuts from IncidentPlaceCount (splitMonthsByYear), plus the
 * incidents whose dates straddle a day bound inside a month, read from the incident table's edge indexes
 * (count-edge-points.ts); filters the aggregates cannot answer (text, tag, outlet) read the incident table only.
 */
export async function countCells(filter: IncidentFilter, range: CellRange, step: number): Promise<CellStat[]> {
  if (!canUseAggregates(filter)) return countCellsDirect(filter, range, step);
  const split = splitFilterMonths(filter);
  const [fromCells, edgePoints] = await Promise.all([
    countCellsFromAggregate(filter, range, step, split.cells),
    split.edges.length ? countEdgePoints(filter, split.edges) : Promise.resolve([]),
  ]);
  const fromEdges = foldPointGroups(edgePoints, range, step);
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
  range: CellRange,
  step: number,
  months: CellBounds,
): Promise<CellStat[]> {
  const dated = Boolean(months.endFrom || months.startTo);
  const level = gridLevel(step);
  // The roll-ups count n only; a `status=reviewed` view's bounds are those of its reviewed incidents.
  if (filter.status === 'reviewed' || level === null || level > MAX_CELL_LEVEL) {
    return dated ? countPointCells(filter, range, step, wholeMonths(months)) : countPointCells(filter, range, step, null);
  }
  if (!dated) return countCellsFromRollup(filter, range, level, null);
  const { years, quarters, months: partialQuarters } = splitMonthsByYear(months);
  const counted = await Promise.all([
    ...(years ? [countCellsFromRollup(filter, range, level, { years })] : []),
    ...quarters.map((part) => countCellsFromRollup(filter, range, level, { quarters: part })),
    ...partialQuarters.map((part) => countPointCells(filter, range, step, part)),
  ]);
  return counted.flat();
}

/** The month cells as one part (the months of the whole range). */
function wholeMonths({ endFrom, startTo }: CellBounds): MonthPart {
  // An incident spans at most a year: its first month is bounded below too, so the month index reads one slice.
  const startFrom = endFrom ? earliestStartOverlapping(`${endFrom}-01`).slice(0, 7) : undefined;
  return { ...(endFrom ? { endFrom, startFrom } : {}), ...(startTo ? { startTo } : {}) };
}

/** Points grouped into cells: IncidentPointCount without dates (`months` null), else IncidentPlaceCount's months. */
async function countPointCells(filter: IncidentFilter, range: CellRange, step: number, months: MonthPart | null): Promise<CellStat[]> {
  // Shown incidents are counted in n (auto + reviewed) and nReviewed (reviewed only).
  const count = Prisma.raw(`"${shownCountColumn(filter.status)}"`);
  const size = Prisma.sql`CAST(${step} AS DOUBLE PRECISION)`;
  const row = Prisma.sql`FLOOR(("lat" + 90) / ${size})`;
  const column = Prisma.sql`FLOOR(("lon" + 180) / ${size})`;
  const where = [Prisma.sql`${count} > 0`, ...inCells(range, step, row, column), ...facetSql(filter)];
  if (months) where.push(...inMonthPart(months, 'monthStart', 'monthEnd'));
  const table = Prisma.raw(months ? '"IncidentPlaceCount"' : '"IncidentPointCount"');
  const rows = await prisma.$queryRaw<SqlCell[]>`
    SELECT ${row} AS "row", ${column} AS "column", "type",
      SUM(${count}) AS "n", MIN("lat") AS "minLat", MAX("lat") AS "maxLat", MIN("lon") AS "minLon", MAX("lon") AS "maxLon",
      SUM("lat" * ${count}) AS "sumLat", SUM("lon" * ${count}) AS "sumLon",
      MIN("placeName") AS "minPlace", MAX("placeName") AS "maxPlace", MIN("admin1") AS "minAdmin1",
      MAX("admin1") AS "maxAdmin1", MIN("precision") AS "minPrecision", MAX("precision") AS "maxPrecision"
    FROM ${table}
    WHERE ${Prisma.join(where, ' AND ')}
    GROUP BY 1, 2, 3`;
  return rows.map(toCellStatRow);
}

/** A month part's conditions on a start and an end column: months, or quarter keys (which sort like months). */
function inMonthPart(part: MonthPart, start: string, end: string): Prisma.Sql[] {
  const [s, e] = [Prisma.raw(`"${start}"`), Prisma.raw(`"${end}"`)];
  const where: Prisma.Sql[] = [];
  if (part.endFrom) where.push(Prisma.sql`${e} >= ${part.endFrom}`);
  if (part.endBefore) where.push(Prisma.sql`${e} < ${part.endBefore}`);
  if (part.startFrom) where.push(Prisma.sql`${s} >= ${part.startFrom}`);
  if (part.startAfter) where.push(Prisma.sql`${s} > ${part.startAfter}`);
  if (part.startTo) where.push(Prisma.sql`${s} <= ${part.startTo} AND ${s} <> ''`);
  return where;
}

/** A span roll-up's part of a date range: whole years (IncidentCellYearCount) or whole quarters (IncidentCellQuarterCount). */
type SpanPart = { years: YearPart } | { quarters: MonthPart };

/**
 * The cells rolled up per level: at the country view (level 9) 1.7k rows against 32k points at 1M, where the
 * points' GROUP BY took 25–55 ms on PostgreSQL and 45 ms of CPU on SQLite (a temporary B-tree for 16 aggregates).
 * With a span part, the same per year span (IncidentCellYearCount: the range's whole years) or per quarter span
 * (IncidentCellQuarterCount: the whole quarters of a partial year; the months view's half year was 9.7k
 * IncidentPlaceCount rows at 1M).
 */
async function countCellsFromRollup(filter: IncidentFilter, { rows, columns }: CellRange, level: number, span: SpanPart | null): Promise<CellStat[]> {
  const where = [
    Prisma.sql`"level" = ${level}`,
    Prisma.sql`"cellRow" >= ${rows[0]} AND "cellRow" <= ${rows[1]} AND "cellColumn" >= ${columns[0]} AND "cellColumn" <= ${columns[1]}`,
    ...facetSql(filter),
  ];
  if (span && 'years' in span) {
    const { years } = span;
    where.push(Prisma.sql`"yearStart" <> ''`);
    if (years.endFrom) where.push(Prisma.sql`"yearEnd" >= ${years.endFrom}`);
    if (years.startFrom) where.push(Prisma.sql`"yearStart" >= ${years.startFrom}`);
    if (years.startTo) where.push(Prisma.sql`"yearStart" <= ${years.startTo}`);
  }
  if (span && 'quarters' in span) where.push(Prisma.sql`"quarterStart" <> ''`, ...inMonthPart(span.quarters, 'quarterStart', 'quarterEnd'));
  const table = Prisma.raw(!span ? '"IncidentCellCount"' : 'years' in span ? '"IncidentCellYearCount"' : '"IncidentCellQuarterCount"');
  const cells = await prisma.$queryRaw<SqlCell[]>`
    SELECT "cellRow" AS "row", "cellColumn" AS "column", "type",
      SUM("n") AS "n", MIN("minLat") AS "minLat", MAX("maxLat") AS "maxLat", MIN("minLon") AS "minLon", MAX("maxLon") AS "maxLon",
      SUM("sumLat") AS "sumLat", SUM("sumLon") AS "sumLon",
      MIN("minPlace") AS "minPlace", MAX("maxPlace") AS "maxPlace", MIN("admin1") AS "minAdmin1",
      MAX("admin1") AS "maxAdmin1", MIN("minPrecision") AS "minPrecision", MAX("maxPrecision") AS "maxPrecision"
    FROM ${table}
    WHERE ${Prisma.join(where, ' AND ')}
    GROUP BY 1, 2, 3`;
  return cells.map(toCellStatRow);
}

/**
 * The points whose cell is in the range: by the cell expression itself (exactly the roll-up's cells), with the
 * area's box, widened by a sliver for rounding, so that the (lat, lon) key reads only that range.
 */
function inCells(range: CellRange, step: number, row: Prisma.Sql, column: Prisma.Sql): Prisma.Sql[] {
  const [west, south, east, north] = toCellArea(range, step);
  const sliver = step / 1024;
  return [
    Prisma.sql`"lat" >= ${south - sliver} AND "lat" <= ${north + sliver} AND "lon" >= ${west - sliver} AND "lon" <= ${east + sliver}`,
    Prisma.sql`${row} >= ${range.rows[0]} AND ${row} <= ${range.rows[1]} AND ${column} >= ${range.columns[0]} AND ${column} <= ${range.columns[1]}`,
  ];
}

const toCellStatRow = (r: SqlCell): CellStat => ({
  row: Number(r.row), column: Number(r.column), type: String(r.type), n: Number(r.n),
  minLat: Number(r.minLat), maxLat: Number(r.maxLat), minLon: Number(r.minLon), maxLon: Number(r.maxLon),
  sumLat: Number(r.sumLat), sumLon: Number(r.sumLon),
  minPlace: String(r.minPlace), maxPlace: String(r.maxPlace), minAdmin1: String(r.minAdmin1),
  maxAdmin1: String(r.maxAdmin1), minPrecision: String(r.minPrecision), maxPrecision: String(r.maxPrecision),
});

/** GROUP BY point × type over the incident table inside the cells' area, then folded into cells here. */
async function countCellsDirect(filter: IncidentFilter, range: CellRange, step: number): Promise<CellStat[]> {
  const [west, south, east, north] = toCellArea(range, step);
  const sliver = step / 1024;
  const groups = await prisma.incident.groupBy({
    by: ['lat', 'lon', 'type', 'admin1', 'placeName', 'locationPrecision'],
    where: { AND: [buildIncidentWhere(filter), { lat: { gte: south - sliver, lte: north + sliver } }, { lon: { gte: west - sliver, lte: east + sliver } }] },
    _count: { _all: true },
  });
  const points = groups.map((g) => ({
    lat: g.lat!, lon: g.lon!, type: g.type, placeName: g.placeName, admin1: g.admin1, precision: g.locationPrecision, n: g._count._all,
  }));
  return foldPointGroups(points, range, step);
}

/** Point groups folded into the cells of `range` (points outside it left out). */
function foldPointGroups(points: PointGroup[], range: CellRange, step: number): CellStat[] {
  const byKey = new Map<string, CellStat>();
  const [firstRow, lastRow] = range.rows;
  const [firstColumn, lastColumn] = range.columns;
  for (const point of points) {
    const row = cellRow(point.lat, step);
    const column = cellColumn(point.lon, step);
    if (row < firstRow || row > lastRow || column < firstColumn || column > lastColumn) continue;
    const stat = toCellStat(point, row, column);
    const key = `${stat.row}:${stat.column}:${stat.type}`;
    const known = byKey.get(key);
    if (known) mergeCellStat(known, stat);
    else byKey.set(key, stat);
  }
  return [...byKey.values()];
}
