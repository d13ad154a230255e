import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { earliestStartOverlapping, endOfDateBound, startOfDateBound } from '@/lib/dates/calendar';
import { toProvinceNames } from '@/lib/geo/provinces';
import { buildIncidentWhere, type FacetToSkip } from '@/lib/incidents/build-where';
import { canUseAggregates } from '@/lib/incidents/count-incidents';
import type { IncidentFilter } from '@/lib/incidents/filter';
import type { IncidentType } from '@/lib/taxonomy';
import type { BBox } from './viewport-grid';

/** A small feature as the look-up sees it: its bounds and the types it counted there. */
export type FeatureBox = { bounds: BBox; types: IncidentType[] };

/** Above this many exact points × types, the look-up goes back to the boxes (one OR term each). */
const MAX_POINT_TERMS = 2000;
// Terms per statement: the drivers cap the bound values (SQLite's at 999 through Prisma); a box has up to 13.
const POINTS_PER_STATEMENT = 250;
const BOXES_PER_STATEMENT = 50;

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
export async function findFeatureIncidents(filter: IncidentFilter, boxes: FeatureBox[], take: number): Promise<FeatureIncidentRow[]> {
  if (!boxes.length) return [];
  const points = canUseAggregates(filter) ? await findPoints(filter, boxes) : null;
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
 * Exact points × types inside the boxes with shown incidents of the filter's types and provinces, and when dates
 * are filtered, with incidents in the months the range touches (IncidentPlaceCount: whole months, a superset).
 */
async function findPoints(filter: IncidentFilter, boxes: FeatureBox[]): Promise<Point[]> {
  const provinces = toProvinceNames(filter.provinces);
  const shown = filter.status === 'reviewed' ? { nReviewed: { gt: 0 } } : { n: { gt: 0 } };
  const where = (chunk: FeatureBox[]) => ({
    ...shown,
    ...(provinces.length ? { admin1: { in: provinces } } : {}),
    OR: chunk.map(({ bounds: [west, south, east, north], types }) => ({
      lat: { gte: south, lte: north },
      lon: { gte: west, lte: east },
      type: { in: types },
    })),
  });
  const select = { lat: true, lon: true, type: true } as const;
  const from = filter.from && startOfDateBound(filter.from);
  const to = filter.to && endOfDateBound(filter.to);
  const months = {
    // An incident spans at most a year: its first month is bounded below too (the month index reads one slice).
    ...(from ? { monthEnd: { gte: from.slice(0, 7) }, monthStart: { gte: earliestStartOverlapping(from).slice(0, 7) } } : {}),
    ...(to ? { AND: [{ monthStart: { lte: to.slice(0, 7) } }, { monthStart: { not: '' } }] } : {}),
  };
  const find = (chunk: FeatureBox[]) =>
    from || to
      ? prisma.incidentPlaceCount.findMany({ where: { ...where(chunk), ...months }, select })
      : prisma.incidentPointCount.findMany({ where: where(chunk), select });
  const rows = (await Promise.all(splitInto(boxes, BOXES_PER_STATEMENT).map(find))).flat();
  const seen = new Map<string, Point>();
  for (const { lat, lon, type } of rows) seen.set(`${lat},${lon},${type}`, { lat, lon, type });
  return [...seen.values()];
}

function splitInto<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
