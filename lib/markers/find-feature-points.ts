import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { facetSql } from '@/lib/incidents/facet-sql';
import { earliestStartOverlapping, endOfDateBound, startOfDateBound } from '@/lib/dates/calendar';
import { toProvinceNames } from '@/lib/geo/provinces';
import { shownCountColumn, type IncidentFilter } from '@/lib/incidents/filter';
import type { IncidentType } from '@/lib/taxonomy';
import { cellColumn, cellRow } from '@/lib/geo/grid-cells';
import type { BBox } from './viewport-grid';

/** A small feature as the look-up sees it: the bounds of its incidents (inside one grid cell) and their types. */
export type FeatureBox = { bounds: BBox; types: IncidentType[] };
export type Point = { lat: number; lon: number; type: string };

/**
 * The exact points × types of the small features' incidents, from the point aggregates: IncidentPointCount
 * without dates, found by grid cell; IncidentPlaceCount with dates (whole months, a superset), found by box.
 */
export function findFeaturePoints(filter: IncidentFilter, boxes: FeatureBox[], step: number): Promise<Point[]> {
  return filter.from || filter.to ? findPlacesInBoxes(filter, boxes, step) : findPointsInCells(filter, boxes, step);
}

/**
 * A cell's number in the look-up: row × 2^25 + column. A column is below 2^25 at any zoom (360° in cells of
 * 360 / 2^24°), and the product stays an exact integer in a double on both databases.
 */
const CELL_ROW_FACTOR = 2 ** 25;

/**
 * One statement: the rows inside the boxes' bounding box whose grid cell (the expression of count-cells.ts) is one
 * of the features'. As OR-ed boxes, SQLite read one latitude band of the whole country per box (1M, default view,
 * 100 boxes: 67 ms for 5 points on a loaded machine; one scan of the bounding box: 10–15 ms).
 */
async function findPointsInCells(filter: IncidentFilter, boxes: FeatureBox[], step: number): Promise<Point[]> {
  const count = Prisma.raw(`"${shownCountColumn(filter.status)}"`);
  const [west, south, east, north] = [0, 1, 2, 3].map((i) => boxes.map((b) => b.bounds[i]));
  const where = [
    Prisma.sql`${count} > 0`,
    Prisma.sql`"lat" >= ${Math.min(...south)} AND "lat" <= ${Math.max(...north)} AND "lon" >= ${Math.min(...west)} AND "lon" <= ${Math.max(...east)}`,
  ];
  where.push(...facetSql(filter));
  const rows = await prisma.$queryRaw<Point[]>`
    SELECT DISTINCT "lat", "lon", "type" FROM "IncidentPointCount"
    WHERE ${Prisma.join(where, ' AND ')} AND ${inFeatureCells(boxes, step)}`;
  return rows.map(({ lat, lon, type }) => ({ lat: Number(lat), lon: Number(lon), type: String(type) }));
}

/** The rows whose grid cell (the expression of count-cells.ts) is one of the features'. */
function inFeatureCells(boxes: FeatureBox[], step: number): Prisma.Sql {
  const size = Prisma.sql`CAST(${step} AS DOUBLE PRECISION)`;
  const cell = Prisma.sql`FLOOR(("lat" + 90) / ${size}) * ${CELL_ROW_FACTOR} + FLOOR(("lon" + 180) / ${size})`;
  const cells = [...new Set(boxes.map(({ bounds: [w, s] }) => cellRow(s, step) * CELL_ROW_FACTOR + cellColumn(w, step)))];
  return Prisma.sql`${cell} IN (${Prisma.join(cells)})`;
}

const BOXES_PER_STATEMENT = 50;

/**
 * With dates, OR-ed boxes with the range's months: by cell, the month index read every place of the range's months
 * (1M, type=arrest,trial&from=2018-01&to=2022-12&province=ryanggang: 74 ms in process against 29 by box), and through
 * the bounding box SQLite read every month inside it (country-wide, 47 against 20 ms of CPU). Raw SQL: as a Prisma
 * `where`, the OR of boxes cost more to compile than the statement took to run (1M, days view, 30 boxes: 8–10 ms in
 * process for 2 ms of SQL on PostgreSQL). No DISTINCT (repeats are dropped here): with it SQLite walked the whole
 * primary key, which is in (lat, lon, type) order, instead of the month index (combined view: 32 ms against 4).
 * The features' cells come first, a cheap test on a list that rejects most of the month slice before the OR of
 * boxes is tried (days view, 30 boxes over 3,951 rows: sqlite3 CLI 9–12 → 6 ms, PostgreSQL EXPLAIN ANALYZE
 * 2.8–3.5 → 0.9–1.1 ms, planning 1.5 → 0.7 ms).
 */
async function findPlacesInBoxes(filter: IncidentFilter, boxes: FeatureBox[], step: number): Promise<Point[]> {
  const count = Prisma.raw(`"${shownCountColumn(filter.status)}"`);
  const provinces = toProvinceNames(filter.provinces);
  const from = filter.from && startOfDateBound(filter.from);
  const to = filter.to && endOfDateBound(filter.to);
  const where = [Prisma.sql`${count} > 0`];
  if (provinces.length) where.push(Prisma.sql`"admin1" IN (${Prisma.join(provinces)})`);
  // An incident spans at most a year: its first month is bounded below too (the month index reads one slice).
  if (from) where.push(Prisma.sql`"monthEnd" >= ${from.slice(0, 7)} AND "monthStart" >= ${earliestStartOverlapping(from).slice(0, 7)}`);
  if (to) where.push(Prisma.sql`"monthStart" <= ${to.slice(0, 7)} AND "monthStart" <> ''`);
  const inBox = ({ bounds: [w, s, e, n], types }: FeatureBox) =>
    Prisma.sql`("lat" >= ${s} AND "lat" <= ${n} AND "lon" >= ${w} AND "lon" <= ${e} AND "type" IN (${Prisma.join(types)}))`;
  const find = (chunk: FeatureBox[]) => prisma.$queryRaw<Point[]>`
    SELECT "lat", "lon", "type" FROM "IncidentPlaceCount"
    WHERE ${Prisma.join(where, ' AND ')} AND ${inFeatureCells(chunk, step)} AND (${Prisma.join(chunk.map(inBox), ' OR ')})`;
  const chunks: FeatureBox[][] = [];
  for (let i = 0; i < boxes.length; i += BOXES_PER_STATEMENT) chunks.push(boxes.slice(i, i + BOXES_PER_STATEMENT));
  const seen = new Map<string, Point>();
  for (const { lat, lon, type } of (await Promise.all(chunks.map(find))).flat()) {
    const point = { lat: Number(lat), lon: Number(lon), type: String(type) };
    seen.set(`${point.lat},${point.lon},${point.type}`, point);
  }
  return [...seen.values()];
}
