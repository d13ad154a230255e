import { Prisma } from '@/generated/prisma/client';
import { quarterOf } from '@/lib/dates/calendar';
import { CELL_LEVELS, cellColumn, cellRow, gridStep } from '@/lib/geo/grid-cells';
import type { PointKey } from './aggregate-keys';

type Tx = Prisma.TransactionClient;

/**
 * One row of IncidentCellCount (a grid cell of one level × type × province), of IncidentCellYearCount (the same
 * per year span: `yearStart`, `yearEnd`, '' when undated) or of IncidentCellQuarterCount (per quarter span:
 * `quarterStart`, `quarterEnd`, each the quarter's first month).
 */
export type CellKey = {
  level: number;
  cellRow: number;
  cellColumn: number;
  type: string;
  admin1: string;
  yearStart?: string;
  yearEnd?: string;
  quarterStart?: string;
  quarterEnd?: string;
};

/** The date spans a cell roll-up is kept per: none (IncidentCellCount), years or quarters of the place's months. */
export type CellSpan = 'year' | 'quarter' | null;

const spanOf = (p: { monthStart?: string; monthEnd?: string }, span: CellSpan) => {
  const [start, end] = [p.monthStart ?? '', p.monthEnd ?? ''];
  if (span === 'year') return { yearStart: start.slice(0, 4), yearEnd: end.slice(0, 4) };
  if (span === 'quarter') return { quarterStart: quarterOf(start), quarterEnd: quarterOf(end) };
  return {};
};

/** A point's net change (a folded IncidentPointCount delta), or a place's (IncidentPlaceCount: with its months). */
export type PointDelta = { key: PointKey & { monthStart?: string; monthEnd?: string }; n: number; nReviewed: number };

/**
 * What the point deltas do to one cell. `added`: the bounds and names of the points that gained incidents, when
 * they can be merged into the stored row by comparison; null when the row must be recomputed from its source
 * table (IncidentPointCount, IncidentPlaceCount) instead: a point lost incidents (it may have been the cell's bound), only the reviewed count
 * moved, or the new points' names differ (the database's collation orders names, not JavaScript).
 */
export type CellDelta = {
  key: CellKey;
  n: number;
  nReviewed: number;
  sumLat: number;
  sumLon: number;
  added: { minLat: number; maxLat: number; minLon: number; maxLon: number; place: string; precision: string } | null;
};

/** The point deltas per cell of every level; per year or quarter span too for place deltas (`span`). Pure. */
export function foldCellDeltas(points: PointDelta[], spanKind: CellSpan = null): CellDelta[] {
  const byId = new Map<string, CellDelta & { recompute: boolean }>();
  for (const { key: p, n, nReviewed } of points) {
    const span = spanOf(p, spanKind);
    for (const level of CELL_LEVELS) {
      const step = gridStep(level);
      const key: CellKey = { level, ...span, cellRow: cellRow(p.lat, step), cellColumn: cellColumn(p.lon, step), type: p.type, admin1: p.admin1 };
      const id = JSON.stringify(key);
      const cell = byId.get(id) ?? { key, n: 0, nReviewed: 0, sumLat: 0, sumLon: 0, added: null, recompute: false };
      cell.n += n;
      cell.nReviewed += nReviewed;
      cell.sumLat += p.lat * n;
      cell.sumLon += p.lon * n;
      if (n <= 0) cell.recompute = true;
      else if (!cell.added) cell.added = { minLat: p.lat, maxLat: p.lat, minLon: p.lon, maxLon: p.lon, place: p.placeName, precision: p.precision };
      else {
        const a = cell.added;
        if (a.place !== p.placeName || a.precision !== p.precision) cell.recompute = true;
        a.minLat = Math.min(a.minLat, p.lat);
        a.maxLat = Math.max(a.maxLat, p.lat);
        a.minLon = Math.min(a.minLon, p.lon);
        a.maxLon = Math.max(a.maxLon, p.lon);
      }
      byId.set(id, cell);
    }
  }
  return [...byId.values()].map(({ recompute, ...cell }) => (recompute ? { ...cell, added: null } : cell));
}

/**
 * A cell roll-up: its key columns (the primary key, in order), the table its rows are recomputed from, and for a
 * span roll-up its two span columns and the months (first, last) a span key covers.
 */
type CellTable = {
  name: string;
  keyColumns: (keyof CellKey)[];
  source: 'IncidentPointCount' | 'IncidentPlaceCount';
  span?: { start: 'yearStart' | 'quarterStart'; end: 'yearEnd' | 'quarterEnd'; months: (key: string) => [string, string] };
};

const CELLS: CellTable = { name: 'IncidentCellCount', keyColumns: ['level', 'cellRow', 'cellColumn', 'type', 'admin1'], source: 'IncidentPointCount' };
const CELL_YEARS: CellTable = {
  name: 'IncidentCellYearCount',
  keyColumns: ['level', 'yearStart', 'yearEnd', 'cellRow', 'cellColumn', 'type', 'admin1'],
  source: 'IncidentPlaceCount',
  span: { start: 'yearStart', end: 'yearEnd', months: (year) => [`${year}-01`, `${year}-12`] },
};
const CELL_QUARTERS: CellTable = {
  name: 'IncidentCellQuarterCount',
  keyColumns: ['level', 'quarterStart', 'quarterEnd', 'cellRow', 'cellColumn', 'type', 'admin1'],
  source: 'IncidentPlaceCount',
  // A quarter key is its first month (2021-04): the quarter runs to that month's number + 2, within the year.
  span: { start: 'quarterStart', end: 'quarterEnd', months: (quarter) => [quarter, `${quarter.slice(0, 5)}${String(Number(quarter.slice(5)) + 2).padStart(2, '0')}`] },
};

/** A cell row's values, and how they are computed from the points (alias `p`) that fall in the cell, in that order. */
export const CELL_VALUE_COLUMNS = ['n', 'nReviewed', 'sumLat', 'sumLon', 'minLat', 'maxLat', 'minLon', 'maxLon', 'minPlace', 'maxPlace', 'minPrecision', 'maxPrecision'];
export const CELL_VALUES_FROM_POINTS = `SUM(p."n"), SUM(p."nReviewed"), SUM(p."lat" * p."n"), SUM(p."lon" * p."n"),
       MIN(p."lat"), MAX(p."lat"), MIN(p."lon"), MAX(p."lon"), MIN(p."placeName"), MAX(p."placeName"), MIN(p."precision"), MAX(p."precision")`;

const q = (name: string) => Prisma.raw(`"${name}"`);

/**
 * Keeps IncidentCellCount equal to IncidentPointCount rolled up per cell. Run it after IncidentPointCount has its
 * own deltas, in the same transaction: cells that only gained points are merged by INSERT … ON CONFLICT (sums
 * added, bounds and names widened); the others are recomputed from the cell's points.
 */
export async function applyCellDeltas(tx: Tx, points: PointDelta[]): Promise<void> {
  await applyToTable(tx, CELLS, foldCellDeltas(points));
}

/** The same for IncidentCellYearCount and IncidentCellQuarterCount from IncidentPlaceCount's deltas, after that table has them. */
export async function applyCellSpanDeltas(tx: Tx, places: PointDelta[]): Promise<void> {
  await applyToTable(tx, CELL_YEARS, foldCellDeltas(places, 'year'));
  await applyToTable(tx, CELL_QUARTERS, foldCellDeltas(places, 'quarter'));
}

async function applyToTable(tx: Tx, table: CellTable, cells: CellDelta[]): Promise<void> {
  const t = q(table.name);
  const columns = [...table.keyColumns, ...CELL_VALUE_COLUMNS];
  // Prisma binds at most 999 values per SQLite statement.
  const perStatement = Math.floor(999 / columns.length);
  const lower = (c: string) => Prisma.sql`${q(c)} = CASE WHEN excluded.${q(c)} < ${t}.${q(c)} THEN excluded.${q(c)} ELSE ${t}.${q(c)} END`;
  const higher = (c: string) => Prisma.sql`${q(c)} = CASE WHEN excluded.${q(c)} > ${t}.${q(c)} THEN excluded.${q(c)} ELSE ${t}.${q(c)} END`;
  const merged = cells.filter((c) => c.added);
  for (let i = 0; i < merged.length; i += perStatement) {
    const rows = merged.slice(i, i + perStatement).map(({ key, n, nReviewed, sumLat, sumLon, added: a }) =>
      Prisma.sql`(${Prisma.join([...table.keyColumns.map((c) => key[c]!), n, nReviewed, sumLat, sumLon, a!.minLat, a!.maxLat, a!.minLon, a!.maxLon, a!.place, a!.place, a!.precision, a!.precision])})`,
    );
    await tx.$executeRaw`INSERT INTO ${t} (${Prisma.join(columns.map(q))}) VALUES ${Prisma.join(rows)}
      ON CONFLICT (${Prisma.join(table.keyColumns.map(q))}) DO UPDATE SET
        "n" = ${t}."n" + excluded."n", "nReviewed" = ${t}."nReviewed" + excluded."nReviewed",
        "sumLat" = ${t}."sumLat" + excluded."sumLat", "sumLon" = ${t}."sumLon" + excluded."sumLon",
        ${Prisma.join([lower('minLat'), higher('maxLat'), lower('minLon'), higher('maxLon'), lower('minPlace'), higher('maxPlace'), lower('minPrecision'), higher('maxPrecision')])}`;
  }
  for (const { key } of cells.filter((c) => !c.added)) await recomputeCell(tx, table, key);
}

/** A span's months ('' when undated), as a condition on a month column of IncidentPlaceCount. */
function inSpan(column: string, key: string, months: (key: string) => [string, string]): Prisma.Sql {
  if (key === '') return Prisma.sql`${q(column)} = ''`;
  const [first, last] = months(key);
  return Prisma.sql`${q(column)} >= ${first} AND ${q(column)} <= ${last}`;
}

/** The cell's row from its points (none left: no row). */
async function recomputeCell(tx: Tx, table: CellTable, key: CellKey): Promise<void> {
  const t = q(table.name);
  const match = Prisma.join(table.keyColumns.map((c) => Prisma.sql`${q(c)} = ${key[c]!}`), ' AND ');
  await tx.$executeRaw`DELETE FROM ${t} WHERE ${match}`;
  const step = gridStep(key.level);
  const size = Prisma.sql`CAST(${step} AS DOUBLE PRECISION)`;
  const span = table.span;
  const months = span ? [inSpan('monthStart', key[span.start]!, span.months), inSpan('monthEnd', key[span.end]!, span.months)] : [];
  const spanValues = span ? [Prisma.sql`CAST(${key[span.start]} AS TEXT)`, Prisma.sql`CAST(${key[span.end]} AS TEXT)`] : [];
  // The cell's box, a cell wider on each side, lets the (lat, lon) key find the points; the cell expression decides.
  const [south, west] = [key.cellRow * step - 90 - step, key.cellColumn * step - 180 - step];
  const where = [
    Prisma.sql`"type" = ${key.type} AND "admin1" = ${key.admin1}`,
    Prisma.sql`"lat" >= ${south} AND "lat" <= ${south + 3 * step} AND "lon" >= ${west} AND "lon" <= ${west + 3 * step}`,
    Prisma.sql`FLOOR(("lat" + 90) / ${size}) = ${key.cellRow} AND FLOOR(("lon" + 180) / ${size}) = ${key.cellColumn}`,
    ...months,
  ];
  const keyValues = [Prisma.sql`CAST(${key.level} AS INTEGER)`, ...spanValues, Prisma.sql`CAST(${key.cellRow} AS INTEGER)`, Prisma.sql`CAST(${key.cellColumn} AS INTEGER)`, Prisma.sql`"type"`, Prisma.sql`"admin1"`];
  await tx.$executeRaw`INSERT INTO ${t} (${Prisma.join([...table.keyColumns, ...CELL_VALUE_COLUMNS].map(q))})
    SELECT ${Prisma.join(keyValues)}, ${Prisma.raw(CELL_VALUES_FROM_POINTS)}
    FROM ${q(table.source)} p
    WHERE ${Prisma.join(where, ' AND ')}
    GROUP BY "type", "admin1"`;
}
