import 'server-only';
import { findCountyId, type PlaceRef } from '@/lib/geo/find-county';
import { haversineKm } from '@/lib/geo/haversine';

export const DUPLICATE_RADIUS_KM = 10;

/** Kilometres between two places, or null when one has no coordinates. */
export function measurePlaceKm(a: PlaceRef, b: PlaceRef): number | null {
  return a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null ? haversineKm(a.lat, a.lon, b.lat, b.lon) : null;
}

/**
 * The place half of the merge suggestion: within about 10 km, or in the same county (by the gazetteer's
 * hierarchy, else the county shape the point lies in). Without coordinates on either side, the same place name
 * in the same province still counts.
 */
export function isSameArea(a: PlaceRef, b: PlaceRef): boolean {
  const km = measurePlaceKm(a, b);
  if (km !== null && km <= DUPLICATE_RADIUS_KM) return true;
  const county = findCountyId(a);
  if (county !== null && county === findCountyId(b)) return true;
  return km === null && a.placeName !== null && a.placeName === b.placeName && a.admin1 === b.admin1;
}
