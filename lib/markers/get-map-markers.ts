import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import type { IncidentFilter } from '@/lib/incidents/filter';
import type { IncidentType, LocationPrecision } from '@/lib/taxonomy';
import { countPlaces } from './count-places';
import { snapToGrid, type SnappedGroup } from './snap-to-grid';
import type { MapMarker } from './types';

/** At most this many markers per view, however many distinct points match (hand-placed points are many). */
export const MAX_MARKERS = 600;
/** Markers with this many incidents or fewer list them by id in their popup... */
const MAX_IDS_PER_MARKER = 10;
/** ...for at most this many exact points per view, looked up in one indexed query. */
const MAX_ID_POINTS = 150;

/**
 * Incidents become markers by grouping on place and type (from the aggregate table when the filter
 * allows), then merging nearby points of one type on a grid when there are more than MAX_MARKERS, so the
 * payload stays bounded. Incidents without coordinates are not markers.
 */
export async function getMapMarkers(filter: IncidentFilter): Promise<MapMarker[]> {
  const groups = snapToGrid(await countPlaces(filter), MAX_MARKERS);
  const idsByKey = await listSmallGroupIds(filter, groups);
  return groups.map((g) => {
    const key = markerKey(g.lat, g.lon, g.type);
    return {
      key,
      lat: g.lat,
      lon: g.lon,
      type: g.type as IncidentType,
      count: g.n,
      incidentIds: (idsByKey.get(key) ?? []).slice(0, MAX_IDS_PER_MARKER),
      placeName: g.placeName ?? (g.points > 1 ? `${g.points} places nearby` : (g.admin1 ?? 'Unnamed place')),
      admin1: g.admin1,
      precision: g.precision as LocationPrecision,
    };
  });
}

/** Ids of the incidents behind small exact-point markers, through the (lat, lon) index. */
async function listSmallGroupIds(filter: IncidentFilter, groups: SnappedGroup[]): Promise<Map<string, number[]>> {
  const points = new Map<string, { lat: number; lon: number }>();
  for (const g of groups) {
    if (g.points === 1 && g.n <= MAX_IDS_PER_MARKER && points.size < MAX_ID_POINTS) points.set(`${g.lat},${g.lon}`, g);
  }
  const ids = new Map<string, number[]>();
  if (!points.size) return ids;
  const rows = await prisma.incident.findMany({
    where: { AND: [buildIncidentWhere(filter), { OR: [...points.values()].map(({ lat, lon }) => ({ lat, lon })) }] },
    select: { id: true, lat: true, lon: true, type: true },
    orderBy: { id: 'asc' },
    take: MAX_ID_POINTS * MAX_IDS_PER_MARKER,
  });
  for (const r of rows) {
    const key = markerKey(r.lat!, r.lon!, r.type);
    ids.set(key, [...(ids.get(key) ?? []), r.id]);
  }
  return ids;
}

function markerKey(lat: number, lon: number, type: string): string {
  return `${lat.toFixed(4)},${lon.toFixed(4)},${type}`;
}
