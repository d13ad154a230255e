import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAllPlaces } from '@/lib/geo/gazetteer';
import { isNearShape, isPointInShape, measureKmToBorder, type ShapeGeometry } from '@/lib/geo/point-in-shape';

type Shape = { properties: { id: string | null; admin1: string | null; osm: string }; geometry: ShapeGeometry };
const shapes = (JSON.parse(readFileSync('public/basemap/kp-counties.geojson', 'utf8')) as { features: Shape[] }).features;
const places = getAllPlaces().filter((p) => p.country === 'KP' && p.level !== 'country' && p.level !== 'province' && !p.area);
/** The OSM shapes are simplified to about 1 km. */
const TOLERANCE_KM = 1;

describe('point-in-shape helpers', () => {
  const square: ShapeGeometry = { type: 'Polygon', coordinates: [[[126, 39], [127, 39], [127, 40], [126, 40], [126, 39]]] };
  it('tells inside from outside and measures the distance to the border', () => {
    expect(isPointInShape(39.5, 126.5, square)).toBe(true);
    expect(isPointInShape(39.5, 127.5, square)).toBe(false);
    // 0.01° of latitude south of the southern edge is about 1.1 km.
    expect(measureKmToBorder(38.99, 126.5, square)).toBeCloseTo(1.1, 1);
    expect(isNearShape(38.995, 126.5, square, 1)).toBe(true);
    expect(isNearShape(38.98, 126.5, square, 1)).toBe(false);
  });
});

describe('North Korean places against the OpenStreetMap county shapes', () => {
  it('ties most counties and cities to a shape of their own', () => {
    const tied = new Set(shapes.map((s) => s.properties.id).filter(Boolean));
    const units = places.filter((p) => p.level === 'county' || p.level === 'city');
    expect(units.filter((p) => tied.has(p.id)).length / units.length).toBeGreaterThan(0.9);
  });

  it('puts every county, city and district point inside its own shape', () => {
    const outside: string[] = [];
    for (const s of shapes) {
      const place = places.find((p) => p.id === s.properties.id);
      if (place && !isNearShape(place.lat, place.lon, s.geometry, TOLERANCE_KM)) outside.push(place.id);
    }
    expect(outside).toEqual([]);
  });

  it('puts every point below province level inside a shape of its own province', () => {
    const wrong = places.filter(
      (p) => !shapes.some((s) => s.properties.admin1 === p.admin1 && isNearShape(p.lat, p.lon, s.geometry, TOLERANCE_KM)),
    );
    expect(wrong.map((p) => `${p.id} (${p.admin1})`)).toEqual([]);
  });
});
