import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCountyMarker, pickCountyShapes, type CountyShapeProps } from '@/components/map/county-shapes-pick';
import { getPlace } from '@/lib/geo/gazetteer';
import type { MapMarker } from '@/lib/markers/types';
import { TYPE_COLORS } from '@/lib/taxonomy';

const shapes = (JSON.parse(readFileSync('public/basemap/kp-counties.geojson', 'utf8')) as { features: { properties: CountyShapeProps }[] }).features;

function markerAt(id: string, placeName: string, type: MapMarker['type'], count = 1): MapMarker {
  const p = getPlace(id)!;
  return { key: `${id}-${type}`, lat: p.lat, lon: p.lon, type, count, incidentIds: [1], incidents: [], placeName, placeLabel: placeName, admin1: p.admin1, precision: 'city' };
}

describe('county shapes for incidents known only to county level', () => {
  it('picks the shape of the county a marker sits at, coloured by its most frequent type', () => {
    const picked = pickCountyShapes(shapes, [markerAt('kp-musan', 'Musan County', 'arrest', 3), markerAt('kp-musan', 'Musan County', 'execution', 1)]);
    expect([...picked]).toEqual([['kp-musan', TYPE_COLORS.arrest]]);
  });

  it('draws no shape for a city, whose point is the town itself', () => {
    expect(isCountyMarker(markerAt('kp-hyesan', 'Hyesan', 'arrest'))).toBe(false);
    expect(pickCountyShapes(shapes, [markerAt('kp-hyesan', 'Hyesan', 'arrest')]).size).toBe(0);
  });

  it('ships the OpenStreetMap credit with the shapes', () => {
    expect(readFileSync('public/basemap/kp-counties.geojson', 'utf8')).toContain('OpenStreetMap contributors');
  });
});
