import { LOCATION_PRECISIONS, type LocationPrecision } from '@/lib/taxonomy';
import type { MapMarker } from './types';

/**
 * One group of incidents of one type at one point, as each source knows it: the database's grouped rows
 * (getMapMarkers) and the cells of GET /api/markers (the map's toMapMarkers). Place fields may be missing.
 */
export type MarkerGroup = Pick<MapMarker, 'key' | 'lat' | 'lon' | 'type' | 'count' | 'incidentIds' | 'incidents' | 'admin1'> & {
  placeName: string | null;
  placeLabel?: string | null;
  precision: string | null;
};

const KNOWN_PRECISIONS = new Set<string>(LOCATION_PRECISIONS);

/** A stored precision the map knows, else 'city' (how a point with no usable precision is drawn). */
export function readLocationPrecision(precision: string | null): LocationPrecision {
  return precision && KNOWN_PRECISIONS.has(precision) ? (precision as LocationPrecision) : 'city';
}

/**
 * The one place a MapMarker is built: a group without a place name is named by its province, else
 * "Unnamed place"; the label and the incidents are present only when the group has them.
 */
export function toMapMarker(group: MarkerGroup): MapMarker {
  return {
    key: group.key,
    lat: group.lat,
    lon: group.lon,
    type: group.type,
    count: group.count,
    incidentIds: group.incidentIds,
    ...(group.incidents ? { incidents: group.incidents } : {}),
    placeName: group.placeName ?? group.admin1 ?? 'Unnamed place',
    ...(group.placeLabel ? { placeLabel: group.placeLabel } : {}),
    admin1: group.admin1,
    precision: readLocationPrecision(group.precision),
  };
}
