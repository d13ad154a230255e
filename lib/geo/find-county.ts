/**
 * The county (or county-level city or district) a place lies in, as a gazetteer id, for "same county" rules
 * such as merge suggestions. Two ways, in this order:
 * 1. the gazetteer's hierarchy: the incident's named place, or its first ancestor, that sits directly under a
 *    province (Camp 14 → Kaechon; Sunam District, Chongjin → Chongjin; Chung District, Pyongyang → itself);
 * 2. the OpenStreetMap county shapes (public/basemap/kp-counties.geojson): the shape the point lies in, for a
 *    point the gazetteer cannot name (a place clicked on the map).
 * A place known only to its province or country has no county.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getAncestors, getPlace } from '@/lib/geo/gazetteer';
import { findIncidentPlace } from '@/lib/geo/place-names';
import { isPointInShape, type ShapeGeometry } from '@/lib/geo/point-in-shape';
import type { Place } from '@/lib/geo/types';

type CountyShape = { id: string; box: [number, number, number, number]; geometry: ShapeGeometry };
type ShapeFile = { features: { properties: { id: string | null }; geometry: ShapeGeometry }[] };

export type PlaceRef = { placeName: string | null; admin1: string | null; lat: number | null; lon: number | null };

const BELOW_PROVINCE = new Set(['city', 'county', 'district', 'site']);

/** The place itself or its first ancestor whose parent is a province. */
function countyOfPlace(place: Place): string | null {
  if (!BELOW_PROVINCE.has(place.level)) return null;
  for (const p of [place, ...getAncestors(place.id)]) {
    const parent = p.parentId ? getPlace(p.parentId) : undefined;
    if (parent?.level === 'province') return p.id;
  }
  return null;
}

function boxOf(g: ShapeGeometry): [number, number, number, number] {
  const points = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

let shapes: CountyShape[] | null = null;

function loadShapes(): CountyShape[] {
  if (!shapes) {
    const file = path.join(process.cwd(), 'public/basemap/kp-counties.geojson');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as ShapeFile;
    shapes = raw.features.flatMap((f) => (f.properties.id ? [{ id: f.properties.id, box: boxOf(f.geometry), geometry: f.geometry }] : []));
  }
  return shapes;
}

/** The id of the county shape the point lies in, or null (outside North Korea, or between shapes). */
export function findCountyAtPoint(lat: number, lon: number): string | null {
  const hit = loadShapes().find(({ box: [w, s, e, n], geometry }) => lon >= w && lon <= e && lat >= s && lat <= n && isPointInShape(lat, lon, geometry));
  return hit?.id ?? null;
}

/** The gazetteer id of the place's county, or null when neither the name nor the point gives one. */
export function findCountyId(ref: PlaceRef): string | null {
  const place = ref.placeName ? findIncidentPlace(ref.placeName, ref.admin1) : null;
  if (place) return countyOfPlace(place);
  return ref.lat !== null && ref.lon !== null ? findCountyAtPoint(ref.lat, ref.lon) : null;
}
