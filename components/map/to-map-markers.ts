import type { MarkerCollection } from '@/lib/markers/marker-features';
import type { MapMarker } from '@/lib/markers/types';
import { INCIDENT_TYPES, type LocationPrecision } from '@/lib/taxonomy';

/** What GET /api/markers answers (lib/markers/marker-features, its contract in the README). */
export type { MarkerCollection };

const PRECISIONS = new Set<string>(['site', 'city', 'province', 'country', 'unknown']);

/**
 * The server's cells as the map's markers. A cell of several places is one marker (a ring by type, its
 * bounds for a click to zoom to). A cell of one place gives one marker per type there, each in its type's
 * colour (the client's clustering groups them again); ids come along when the place has one type only
 * (they are then that type's).
 */
export function toMapMarkers(collection: MarkerCollection): MapMarker[] {
  const markers: MapMarker[] = [];
  for (const feature of collection.features) {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const types = INCIDENT_TYPES.filter((t) => (p.byType[t] ?? 0) > 0).sort((a, b) => p.byType[b]! - p.byType[a]!);
    if (types.length === 0) continue;
    if (p.kind === 'cluster') {
      markers.push({
        key: String(feature.id),
        lat,
        lon,
        type: types[0],
        count: p.count,
        incidentIds: [],
        placeName: 'this area',
        admin1: p.admin1,
        precision: 'city',
        bounds: p.bounds,
        byType: p.byType,
      });
      continue;
    }
    const precision = (p.precision && PRECISIONS.has(p.precision) ? p.precision : 'city') as LocationPrecision;
    for (const type of types) {
      markers.push({
        key: `${feature.id}:${type}`,
        lat,
        lon,
        type,
        count: p.byType[type]!,
        incidentIds: types.length === 1 ? p.incidentIds : [],
        placeName: p.placeName ?? p.admin1 ?? 'Unnamed place',
        ...(p.placeLabel ? { placeLabel: p.placeLabel } : {}),
        admin1: p.admin1,
        precision,
      });
    }
  }
  return markers;
}
