import type { MapMarker } from '@/lib/markers/types';
import { TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';

/** Properties of public/basemap/kp-counties.geojson (scripts/build-county-shapes.ts). */
export type CountyShapeProps = { id: string | null; osm: string; admin1: string | null; name: string; ko: string; point: [number, number] | null };

const pointKey = (lat: number, lon: number): string => `${lat.toFixed(3)},${lon.toFixed(3)}`;

/** A marker placed at a county (not a city or a site) says "somewhere in this county". */
export function isCountyMarker(m: MapMarker): boolean {
  return m.precision === 'city' && / County$/.test(m.placeName);
}

/**
 * County shape id → colour of the type with most incidents known only to that county, so the map can draw the
 * county's outline instead of letting its seat's dot pass for a precise place.
 */
export function pickCountyShapes(shapes: readonly { properties: CountyShapeProps }[], markers: readonly MapMarker[]): Map<string, string> {
  const byPoint = new Map<string, string>();
  for (const s of shapes) if (s.properties.id && s.properties.point) byPoint.set(pointKey(...s.properties.point), s.properties.id);
  const counts = new Map<string, Map<IncidentType, number>>();
  for (const m of markers) {
    if (!isCountyMarker(m)) continue;
    const id = byPoint.get(pointKey(m.lat, m.lon));
    if (!id) continue;
    const byType = counts.get(id) ?? new Map<IncidentType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + m.count);
    counts.set(id, byType);
  }
  const out = new Map<string, string>();
  for (const [id, byType] of counts) out.set(id, TYPE_COLORS[[...byType].sort((a, b) => b[1] - a[1])[0][0]]);
  return out;
}
