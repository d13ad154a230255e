import type { MapMarker } from '@/lib/markers/types';
import { INCIDENT_TYPES, type IncidentType, type LocationPrecision } from '@/lib/taxonomy';

/** What GET /api/markers answers (its contract in the README): one feature per non-empty grid cell. */
export type MarkerCollection = {
  type: 'FeatureCollection';
  /** The area counted: the requested box plus a margin. A view inside it at the same zoom needs no new request. */
  bbox: [number, number, number, number];
  total: number;
  features: {
    id: string | number;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: {
      kind: 'point' | 'cluster';
      count: number;
      byType: Partial<Record<IncidentType, number>>;
      bounds: [number, number, number, number];
      placeName: string | null;
      admin1: string | null;
      precision: string | null;
      incidentIds: number[];
    };
  }[];
};

const PRECISIONS = new Set<string>(['site', 'city', 'province', 'country', 'unknown']);

/**
 * The server's cells as the map's markers: one per type in a cell (each type keeps its colour and the
 * client's clustering groups them again). A cell of several places carries its bounds, which a click zooms
 * to; ids come along only when the cell is one place of one type (then they are that type's).
 */
export function toMapMarkers(collection: MarkerCollection): MapMarker[] {
  const markers: MapMarker[] = [];
  for (const feature of collection.features) {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const types = INCIDENT_TYPES.filter((t) => (p.byType[t] ?? 0) > 0);
    const single = p.kind === 'point';
    const precision = (single && p.precision && PRECISIONS.has(p.precision) ? p.precision : 'city') as LocationPrecision;
    for (const type of types) {
      const count = p.byType[type]!;
      markers.push({
        key: `${feature.id}:${type}`,
        lat,
        lon,
        type,
        count,
        incidentIds: single && types.length === 1 ? p.incidentIds : [],
        placeName: single ? (p.placeName ?? p.admin1 ?? 'Unnamed place') : `${p.count} incidents in this area`,
        admin1: p.admin1,
        precision,
        ...(single ? {} : { bounds: p.bounds }),
      });
    }
  }
  return markers;
}
