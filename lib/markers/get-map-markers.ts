import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import type { IncidentFilter } from '@/lib/incidents/filter';
import type { IncidentType, LocationPrecision } from '@/lib/taxonomy';
import type { MapMarker } from './types';

/** Groups whose members are listed by id in the marker popup; bigger groups show only their count. */
const MAX_IDS_PER_MARKER = 10;
const MAX_LISTED_IDS = 2_000;

/**
 * Incidents become markers by grouping on place and type in the database, so the browser receives at most
 * (places × types) points however many incidents match. Incidents without coordinates are not markers.
 */
export async function getMapMarkers(filter: IncidentFilter): Promise<MapMarker[]> {
  const where = buildIncidentWhere(filter);
  const groups = await prisma.incident.groupBy({
    by: ['lat', 'lon', 'type', 'placeName', 'admin1', 'locationPrecision'],
    where: { AND: [where, { lat: { not: null } }, { lon: { not: null } }] },
    _count: { _all: true },
  });

  const small = groups.filter((g) => g._count._all <= MAX_IDS_PER_MARKER);
  const idsByKey = new Map<string, number[]>();
  if (small.length && small.reduce((n, g) => n + g._count._all, 0) <= MAX_LISTED_IDS) {
    const rows = await prisma.incident.findMany({
      where: { AND: [where, { OR: small.map((g) => ({ lat: g.lat, lon: g.lon, type: g.type })) }] },
      select: { id: true, lat: true, lon: true, type: true },
      orderBy: { id: 'asc' },
    });
    for (const r of rows) {
      const key = markerKey(r.lat!, r.lon!, r.type);
      idsByKey.set(key, [...(idsByKey.get(key) ?? []), r.id]);
    }
  }

  const markers = new Map<string, MapMarker>();
  for (const g of groups) {
    const key = markerKey(g.lat!, g.lon!, g.type);
    const existing = markers.get(key);
    if (existing) {
      // Same point and type under two place spellings: one marker.
      existing.count += g._count._all;
      continue;
    }
    markers.set(key, {
      key,
      lat: g.lat!,
      lon: g.lon!,
      type: g.type as IncidentType,
      count: g._count._all,
      incidentIds: (idsByKey.get(key) ?? []).slice(0, MAX_IDS_PER_MARKER),
      placeName: g.placeName ?? g.admin1 ?? 'Unnamed place',
      admin1: g.admin1,
      precision: g.locationPrecision as LocationPrecision,
    });
  }
  return [...markers.values()];
}

function markerKey(lat: number, lon: number, type: string): string {
  return `${lat.toFixed(4)},${lon.toFixed(4)},${type}`;
}
