import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { buildIncidentWhere, type FacetToSkip } from '@/lib/incidents/build-where';
import { canUseAggregates } from '@/lib/incidents/count-incidents';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { findFeaturePoints, type FeatureBox, type Point } from './find-feature-points';

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
  const points = canUseAggregates(filter) ? await findFeaturePoints(filter, boxes, step) : null;
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

function splitInto<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
