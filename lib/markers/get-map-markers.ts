import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { findKoreanPlaceName, withKoreanName } from '@/lib/geo/place-names';
import type { DatePrecision, IncidentType } from '@/lib/taxonomy';
import { countPlaces } from './count-places';
import { snapToGrid, type SnappedGroup } from './snap-to-grid';
import { toMapMarker } from './to-map-marker';
import type { MapMarker, MarkerIncident } from './types';

/** At most this many markers per view, however many distinct points match (hand-placed points are many). */
export const MAX_MARKERS = 600;
/** Markers with this many incidents or fewer list them by id in their popup... */
const MAX_IDS_PER_MARKER = 10;
/** ...for at most this many exact points per view, looked up in one indexed query. */
const MAX_ID_POINTS = 150;
/** A popup line gives the summary's start; the detail panel has the rest. */
const SUMMARY_CHARS = 140;

/**
 * Incidents become markers by grouping on place and type (from the aggregate table when the filter
 * allows), then merging nearby points of one type on a grid when there are more than MAX_MARKERS, so the
 * payload stays bounded. Incidents without coordinates are not markers.
 */
export async function getMapMarkers(filter: IncidentFilter): Promise<MapMarker[]> {
  const groups = snapToGrid(await countPlaces(filter), MAX_MARKERS);
  const incidentsByKey = await listSmallGroupIncidents(filter, groups);
  return groups.map((g) => {
    const key = markerKey(g.lat, g.lon, g.type);
    const incidents = (incidentsByKey.get(key) ?? []).slice(0, MAX_IDS_PER_MARKER);
    const placeName = g.placeName ?? (g.points > 1 ? `${g.points} places nearby` : (g.admin1 ?? 'Unnamed place'));
    return toMapMarker({
      key,
      lat: g.lat,
      lon: g.lon,
      type: g.type as IncidentType,
      count: g.n,
      incidentIds: incidents.map((i) => i.id),
      incidents,
      placeName,
      placeLabel: g.placeName || g.points === 1 ? withKoreanName(placeName, findKoreanPlaceName(g.placeName, g.admin1)) : placeName,
      admin1: g.admin1,
      precision: g.precision,
    });
  });
}

/** The incidents behind small exact-point markers, through the (lat, lon) index. */
async function listSmallGroupIncidents(filter: IncidentFilter, groups: SnappedGroup[]): Promise<Map<string, MarkerIncident[]>> {
  const points = new Map<string, { lat: number; lon: number }>();
  for (const g of groups) {
    if (g.points === 1 && g.n <= MAX_IDS_PER_MARKER && points.size < MAX_ID_POINTS) points.set(`${g.lat},${g.lon}`, g);
  }
  const incidents = new Map<string, MarkerIncident[]>();
  if (!points.size) return incidents;
  const rows = await prisma.incident.findMany({
    where: { AND: [buildIncidentWhere(filter), { OR: [...points.values()].map(({ lat, lon }) => ({ lat, lon })) }] },
    select: { id: true, lat: true, lon: true, type: true, date: true, datePrecision: true, summary: true },
    orderBy: { id: 'asc' },
    take: MAX_ID_POINTS * MAX_IDS_PER_MARKER,
  });
  for (const r of rows) {
    const key = markerKey(r.lat!, r.lon!, r.type);
    const summary = r.summary.length > SUMMARY_CHARS ? `${r.summary.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : r.summary;
    const incident = { id: r.id, date: r.date, datePrecision: r.datePrecision as DatePrecision, summary };
    incidents.set(key, [...(incidents.get(key) ?? []), incident]);
  }
  return incidents;
}

function markerKey(lat: number, lon: number, type: string): string {
  return `${lat.toFixed(4)},${lon.toFixed(4)},${type}`;
}
