import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { earliestStartOverlapping, endOfDateBound, startOfDateBound } from '@/lib/dates/calendar';
import { toProvinceNames } from '@/lib/geo/provinces';
import { buildIncidentWhere, type FacetToSkip } from '@/lib/incidents/build-where';
import { canUseAggregates } from '@/lib/incidents/count-incidents';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { cellColumn, cellRow, type BBox } from './viewport-grid';

/** A small feature as the look-up sees it: the bounds of its incidents (inside one grid cell of `step`). */
export type FeatureBox = { bounds: BBox };

/** Above this many exact points × types, the look-up goes back to the boxes (one OR term each). */
const MAX_POINT_TERMS = 2000;
// Terms per statement: the drivers cap the bound values (SQLite's at 999 through Prisma).
const POINTS_PER_STATEMENT = 250;

const SELECT = {
  id: true, lat: true, lon: true, type: true, date: true, datePrecision: true, summary: true, placeName: true,
  admin1: true, locationPrecision: true,
} as const;

export type FeatureIncidentRow = Prisma.IncidentGetPayload<{ select: typeof SELECT }>;

/**
 * The matching incidents inside the boxes of small features, in id order, at most `take`. When the aggregates
 * can answer the filter, the exact points × types inside the boxes come first from the point aggregates (a
 * superset when dates are filtered: whole months), and the incidents are read by (lat, lon, type, dateStart)
 * equality on those points: a box ANDed with a filter lets the planner pick the filter's index (type, province,
 * dates) and read every match in the country, and a box's bounds may hold a big city of other incidents.
 */
export async function findFeatureIncidents(filter: IncidentFilter, boxes: FeatureBox[], take: number, step: number): Promise<FeatureIncidentRow[]> {
  if (!boxes.length) return [];
  const points = canUseAggregates(filter) ? await findPoints(filter, boxes, step) : null;
  if (points && !points.length) return [];
  if (!points || points.length > MAX_POINT_TERMS) {
    const inBoxes = boxes.map(({ bounds: [west, south, east, north] }) => ({ lat: { gte: south, lte: north }, lon: { gte: west, lte: east } }));
    return findIncidents(filter, { OR: inBoxes }, take);
  }
  // Each point's type is one of the filter's (the features were counted with it): the filter's own type term,
  // left in, lets PostgreSQL AND a bitmap of every incident of those types (with one type it derives that itself).
  const find = (chunk: Point[]) => findIncidents(filter, { OR: chunk }, take, 'types');
  const found = await Promise.all(splitInto(points, POINTS_PER_STATEMENT).map(find));
  return found.flat().sort((a, b) => a.id - b.id).slice(0, take);
}

function findIncidents(filter: IncidentFilter, where: Prisma.IncidentWhereInput, take: number, skip?: FacetToSkip): Promise<FeatureIncidentRow[]> {
  return prisma.incident.findMany({
    where: { AND: [buildIncidentWhere(filter, skip), where] },
    select: SELECT,
    orderBy: { id: 'asc' },
    take,
  });
}

type Point = { lat: number; lon: number; type: string };

/**
 * A cell's number in the point look-up: row × 2^25 + column. A column is below 2^25 at any zoom (360° in cells of
 * 360 / 2^24°), and the product stays an exact integer in a double on both databases.
 */
const CELL_ROW_FACTOR = 2 ** 25;

/**
 * Exact points × types in the small features' grid cells with shown incidents of the filter's types and
 * provinces, and when dates are filtered, with incidents in the months the range touches (IncidentPlaceCount:
 * whole months, a superset). One statement: each row is kept when its cell (the grid expression of
 * count-cells.ts) is one of the features'. As OR-ed boxes, SQLite read one latitude band of the whole country
 * per box (1M, default view, 100 boxes: 67 ms for 5 points; now one scan of the boxes' bounding box, 10–15 ms).
 * With dates the bounding box is left out, so that the month index reads the range's months (through the
 * (lat, lon, …) key SQLite read every month inside the box: 47 ms of CPU against 20).
 */
async function findPoints(filter: IncidentFilter, boxes: FeatureBox[], step: number): Promise<Point[]> {
  const count = Prisma.raw(filter.status === 'reviewed' ? '"nReviewed"' : '"n"');
  const where = [Prisma.sql`${count} > 0`];
  if (filter.types.length) where.push(Prisma.sql`"type" IN (${Prisma.join(filter.types)})`);
  if (filter.provinces.length) where.push(Prisma.sql`"admin1" IN (${Prisma.join(toProvinceNames(filter.provinces))})`);
  const from = filter.from && startOfDateBound(filter.from);
  const to = filter.to && endOfDateBound(filter.to);
  // An incident spans at most a year: its first month is bounded below too (the month index reads one slice).
  if (from) where.push(Prisma.sql`"monthEnd" >= ${from.slice(0, 7)} AND "monthStart" >= ${earliestStartOverlapping(from).slice(0, 7)}`);
  if (to) where.push(Prisma.sql`"monthStart" <= ${to.slice(0, 7)} AND "monthStart" <> ''`);
  if (!from && !to) {
    const [west, south, east, north] = [0, 1, 2, 3].map((i) => boxes.map((b) => b.bounds[i]));
    where.push(Prisma.sql`"lat" >= ${Math.min(...south)} AND "lat" <= ${Math.max(...north)} AND "lon" >= ${Math.min(...west)} AND "lon" <= ${Math.max(...east)}`);
  }
  const size = Prisma.sql`CAST(${step} AS DOUBLE PRECISION)`;
  const cell = Prisma.sql`FLOOR(("lat" + 90) / ${size}) * ${CELL_ROW_FACTOR} + FLOOR(("lon" + 180) / ${size})`;
  const cells = [...new Set(boxes.map(({ bounds: [west, south] }) => cellRow(south, step) * CELL_ROW_FACTOR + cellColumn(west, step)))];
  const table = Prisma.raw(from || to ? '"IncidentPlaceCount"' : '"IncidentPointCount"');
  const rows = await prisma.$queryRaw<Point[]>`
    SELECT DISTINCT "lat", "lon", "type" FROM ${table}
    WHERE ${Prisma.join(where, ' AND ')} AND ${cell} IN (${Prisma.join(cells)})`;
  return rows.map(({ lat, lon, type }) => ({ lat: Number(lat), lon: Number(lon), type: String(type) }));
}

function splitInto<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
