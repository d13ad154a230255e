import { Prisma } from '@/generated/prisma/client';
import { CELL_LEVELS, cellColumn, cellRow, gridStep } from '@/lib/geo/grid-cells';
import type { PointKey } from './aggregate-keys';

type Tx = Prisma.TransactionClient;

/** One row of IncidentCellCount: a grid cell of one level × type × province. */
export type CellKey = { level: number; cellRow: number; cellColumn: number; type: string; admin1: string };

/** A point's net change (a folded IncidentPointCount delta). */
export type PointDelta = { key: PointKey; n: number; nReviewed: number };

/**
 * What the point deltas do to one cell. `added`: the bounds and names of the points that gained incidents, when
 * they can be merged into the stored row by comparison; null when the row must be recomputed from
 * IncidentPointCount instead: a point lost incidents (it may have been the cell's bound), only the reviewed count
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

/** The point deltas per cell of every level. Pure. */
export function foldCellDeltas(points: PointDelta[]): CellDelta[] {
  const byId = new Map<string, CellDelta & { recompute: boolean }>();
  for (const { key: p, n, nReviewed } of points) {
    for (const level of CELL_LEVELS) {
      const step = gridStep(level);
      const key: CellKey = { level, cellRow: cellRow(p.lat, step), cellColumn: cellColumn(p.lon, step), type: p.type, admin1: p.admin1 };
      const id = `${level}:${key.cellRow}:${key.cellColumn}:${p.type}:${p.admin1}`;
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

const KEY_COLUMNS = ['level', 'cellRow', 'cellColumn', 'type', 'admin1'] as const;
const COLUMNS = [...KEY_COLUMNS, 'n', 'nReviewed', 'sumLat', 'sumLon', 'minLat', 'maxLat', 'minLon', 'maxLon', 'minPlace', 'maxPlace', 'minPrecision', 'maxPrecision'];
/** Prisma binds at most 999 values per SQLite statement. */
const ROWS_PER_STATEMENT = Math.floor(999 / COLUMNS.length);

const q = (name: string) => Prisma.raw(`"${name}"`);
const T = q('IncidentCellCount');
const lower = (c: string) => Prisma.sql`${q(c)} = CASE WHEN excluded.${q(c)} < ${T}.${q(c)} THEN excluded.${q(c)} ELSE ${T}.${q(c)} END`;
const higher = (c: string) => Prisma.sql`${q(c)} = CASE WHEN excluded.${q(c)} > ${T}.${q(c)} THEN excluded.${q(c)} ELSE ${T}.${q(c)} END`;

/**
 * Keeps IncidentCellCount equal to IncidentPointCount rolled up per cell. Run it after IncidentPointCount has its
 * own deltas, in the same transaction: cells that only gained points are merged by INSERT … ON CONFLICT (sums
 * added, bounds and names widened); the others are recomputed from the cell's points.
 */
export async function applyCellDeltas(tx: Tx, points: PointDelta[]): Promise<void> {
  const cells = foldCellDeltas(points);
  const merged = cells.filter((c) => c.added);
  for (let i = 0; i < merged.length; i += ROWS_PER_STATEMENT) {
    const rows = merged.slice(i, i + ROWS_PER_STATEMENT).map(({ key, n, nReviewed, sumLat, sumLon, added: a }) =>
      Prisma.sql`(${Prisma.join([...KEY_COLUMNS.map((c) => key[c]), n, nReviewed, sumLat, sumLon, a!.minLat, a!.maxLat, a!.minLon, a!.maxLon, a!.place, a!.place, a!.precision, a!.precision])})`,
    );
    await tx.$executeRaw`INSERT INTO ${T} (${Prisma.join(COLUMNS.map(q))}) VALUES ${Prisma.join(rows)}
      ON CONFLICT (${Prisma.join(KEY_COLUMNS.map(q))}) DO UPDATE SET
        "n" = ${T}."n" + excluded."n", "nReviewed" = ${T}."nReviewed" + excluded."nReviewed",
        "sumLat" = ${T}."sumLat" + excluded."sumLat", "sumLon" = ${T}."sumLon" + excluded."sumLon",
        ${Prisma.join([lower('minLat'), higher('maxLat'), lower('minLon'), higher('maxLon'), lower('minPlace'), higher('maxPlace'), lower('minPrecision'), higher('maxPrecision')])}`;
  }
  for (const { key } of cells.filter((c) => !c.added)) await recomputeCell(tx, key);
}

/** The cell's row from its points (none left: no row). */
async function recomputeCell(tx: Tx, key: CellKey): Promise<void> {
  const match = Prisma.join(KEY_COLUMNS.map((c) => Prisma.sql`${q(c)} = ${key[c]}`), ' AND ');
  await tx.$executeRaw`DELETE FROM ${T} WHERE ${match}`;
  const step = gridStep(key.level);
  const size = Prisma.sql`CAST(${step} AS DOUBLE PRECISION)`;
  // The cell's box, a cell wider on each side, lets the (lat, lon) key find the points; the cell expression decides.
  const [south, west] = [key.cellRow * step - 90 - step, key.cellColumn * step - 180 - step];
  await tx.$executeRaw`INSERT INTO ${T} (${Prisma.join(COLUMNS.map(q))})
    SELECT CAST(${key.level} AS INTEGER), CAST(${key.cellRow} AS INTEGER), CAST(${key.cellColumn} AS INTEGER), "type", "admin1",
      SUM("n"), SUM("nReviewed"),
      SUM("lat" * "n"), SUM("lon" * "n"), MIN("lat"), MAX("lat"), MIN("lon"), MAX("lon"),
      MIN("placeName"), MAX("placeName"), MIN("precision"), MAX("precision")
    FROM "IncidentPointCount"
    WHERE "type" = ${key.type} AND "admin1" = ${key.admin1}
      AND "lat" >= ${south} AND "lat" <= ${south + 3 * step} AND "lon" >= ${west} AND "lon" <= ${west + 3 * step}
      AND FLOOR(("lat" + 90) / ${size}) = ${key.cellRow} AND FLOOR(("lon" + 180) / ${size}) = ${key.cellColumn}
    GROUP BY "type", "admin1"`;
}
