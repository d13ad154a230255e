import 'server-only';
import { prisma } from '@/lib/db';
import { toProvinceNames } from '@/lib/geo/provinces';
import { splitFilterMonths, withoutDateRange } from '@/lib/incidents/aggregates/split-date-range';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { canUseAggregates } from '@/lib/incidents/count-incidents';
import { shownCountColumn, type IncidentFilter } from '@/lib/incidents/filter';

/** Matching incidents at one exact point, of one type, under one place name. */
export type PlaceGroup = { lat: number; lon: number; type: string; admin1: string | null; placeName: string | null; precision: string; n: number };

/**
 * Matching incidents with coordinates, grouped by point × type × place: from IncidentPointCount (no date range)
 * or IncidentPlaceCount (date edges inside a month are read from the incident table) when the filter allows,
 * else from the incidents.
 */
export async function countPlaces(filter: IncidentFilter): Promise<PlaceGroup[]> {
  if (!canUseAggregates(filter)) return countPlacesDirect(filter);
  const split = splitFilterMonths(filter);
  const count = shownCountColumn(filter.status);
  const and: Record<string, unknown>[] = [{ [count]: { gt: 0 } }];
  if (filter.types.length) and.push({ type: { in: filter.types } });
  if (filter.provinces.length) and.push({ admin1: { in: toProvinceNames(filter.provinces) } });
  if (split.cells.endFrom) and.push({ monthEnd: { gte: split.cells.endFrom } });
  if (split.cells.startTo) and.push({ monthStart: { lte: split.cells.startTo, not: '' } });
  const dated = Boolean(split.cells.endFrom || split.cells.startTo);
  const table = (dated ? prisma.incidentPlaceCount.groupBy : prisma.incidentPointCount.groupBy) as unknown as typeof prisma.incidentPointCount.groupBy;
  const [cells, edges] = await Promise.all([
    table({
      by: ['lat', 'lon', 'type', 'admin1', 'placeName', 'precision'],
      where: { AND: and },
      _sum: { n: true, nReviewed: true },
    }),
    split.edges.length ? countPlacesDirect(withoutDateRange(filter), { OR: split.edges }) : Promise.resolve([]),
  ]);
  const merged = new Map<string, PlaceGroup>();
  const add = (g: PlaceGroup) => {
    const key = `${g.lat},${g.lon},${g.type},${g.admin1},${g.placeName},${g.precision}`;
    const known = merged.get(key);
    if (known) known.n += g.n;
    else merged.set(key, { ...g });
  };
  for (const c of cells) add({ ...c, admin1: c.admin1 || null, placeName: c.placeName || null, n: c._sum[count] ?? 0 });
  for (const g of edges) add(g);
  return [...merged.values()];
}

async function countPlacesDirect(filter: IncidentFilter, extra?: object): Promise<PlaceGroup[]> {
  const where = buildIncidentWhere(filter);
  const groups = await prisma.incident.groupBy({
    by: ['lat', 'lon', 'type', 'admin1', 'placeName', 'locationPrecision'],
    where: { AND: [where, { lat: { not: null } }, { lon: { not: null } }, ...(extra ? [extra] : [])] },
    _count: { _all: true },
  });
  return groups.map((g) => ({
    lat: g.lat!,
    lon: g.lon!,
    type: g.type,
    admin1: g.admin1,
    placeName: g.placeName,
    precision: g.locationPrecision,
    n: g._count._all,
  }));
}
