import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { buildIncidentWhere, buildSpanConditions, type SpanCondition } from '@/lib/incidents/build-where';
import { canUseAggregates } from '@/lib/incidents/count-incidents';
import { listShownStatuses, type IncidentFilter } from '@/lib/incidents/filter';
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
  const found = await Promise.all(splitInto(points, POINTS_PER_STATEMENT).map((chunk) => findIncidentsAtPoints(filter, chunk, take)));
  return found.flat().sort((a, b) => a.id - b.id).slice(0, take);
}

function findIncidents(filter: IncidentFilter, where: Prisma.IncidentWhereInput, take: number): Promise<FeatureIncidentRow[]> {
  return prisma.incident.findMany({ where: { AND: [buildIncidentWhere(filter), where] }, select: SELECT, orderBy: { id: 'asc' }, take });
}

/**
 * The incidents at exact points × types, in raw SQL: as a Prisma `where`, the OR of a few hundred terms cost more
 * to compile than to run (1M, days view, 118 points: ~5 ms of the look-up's 12–17 in process). The points are a
 * VALUES list joined to the (lat, lon, type, dateStart) index, one probe each: as an OR of 118 terms PostgreSQL
 * spent 7.5–15.7 ms planning a bitmap of 118 index scans and 3.8 running it, against 1.5–1.7 and 2.2–2.5 for the
 * join (EXPLAIN ANALYZE); SQLite 8.7–9.3 against 2–3 ms (sqlite3 CLI). The points are distinct, so each incident
 * joins once. The filter is one the aggregates answer (statuses, dates, provinces); each point's type is one of the
 * filter's, so its type term is left out. VALUES columns are column1… on both databases.
 */
async function findIncidentsAtPoints(filter: IncidentFilter, points: Point[], take: number): Promise<FeatureIncidentRow[]> {
  const where = [
    Prisma.sql`i."status" IN (${Prisma.join(listShownStatuses(filter.status))})`,
    ...buildSpanConditions(filter, 'types').map(toSpanSql),
  ];
  const values = points.map(({ lat, lon, type }) => Prisma.sql`(CAST(${lat} AS DOUBLE PRECISION), CAST(${lon} AS DOUBLE PRECISION), ${type})`);
  const rows = await prisma.$queryRaw<FeatureIncidentRow[]>`
    SELECT i."id", i."lat", i."lon", i."type", i."date", i."datePrecision", i."summary", i."placeName", i."admin1", i."locationPrecision"
    FROM (VALUES ${Prisma.join(values)}) p
    JOIN "Incident" i ON i."lat" = p.column1 AND i."lon" = p.column2 AND i."type" = p.column3
    WHERE ${Prisma.join(where, ' AND ')} ORDER BY i."id" LIMIT ${take}`;
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
  }));
}

/** One of buildSpanConditions' conditions as SQL on the incident table, aliased `i`. */
function toSpanSql(condition: SpanCondition): Prisma.Sql {
  const [column, test] = Object.entries(condition)[0] as [string, Record<string, string | string[]>];
  const name = Prisma.raw(`i."${column}"`);
  if ('in' in test) return Prisma.sql`${name} IN (${Prisma.join(test.in as string[])})`;
  if ('gte' in test) return Prisma.sql`${name} >= ${test.gte}`;
  return Prisma.sql`${name} <= ${test.lte}`;
}

function splitInto<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
