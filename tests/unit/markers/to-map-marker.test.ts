import { describe, expect, it } from 'vitest';
import { readLocationPrecision, toMapMarker, type MarkerGroup } from '@/lib/markers/to-map-marker';

const group = (over: Partial<MarkerGroup>): MarkerGroup => ({
  key: 'k',
  lat: 42.2,
  lon: 130.3,
  type: 'arrest',
  count: 2,
  incidentIds: [3, 4],
  placeName: 'Rason',
  admin1: 'Rason',
  precision: 'city',
  ...over,
});

describe('toMapMarker', () => {
  it('keeps the group: point, type, count, ids, place and precision', () => {
    expect(toMapMarker(group({ precision: 'site', admin1: 'North Hamgyong', placeName: 'Chongjin' }))).toEqual({
      key: 'k',
      lat: 42.2,
      lon: 130.3,
      type: 'arrest',
      count: 2,
      incidentIds: [3, 4],
      placeName: 'Chongjin',
      admin1: 'North Hamgyong',
      precision: 'site',
    });
  });

  it('names a group without a place by its province, else as an unnamed place', () => {
    expect(toMapMarker(group({ placeName: null, admin1: 'Ryanggang' })).placeName).toBe('Ryanggang');
    expect(toMapMarker(group({ placeName: null, admin1: null })).placeName).toBe('Unnamed place');
  });

  it('carries a label and the incidents only when the group has them', () => {
    const incidents = [{ id: 3, date: '2024-02', datePrecision: 'month' as const, summary: 'A trader held.' }];
    const full = toMapMarker(group({ placeLabel: 'Rason (라선)', incidents }));
    expect(full.placeLabel).toBe('Rason (라선)');
    expect(full.incidents).toEqual(incidents);
    for (const bare of [toMapMarker(group({ placeLabel: null })), toMapMarker(group({ placeLabel: '' }))]) {
      expect(bare).not.toHaveProperty('placeLabel');
      expect(bare).not.toHaveProperty('incidents');
    }
  });
});

describe('readLocationPrecision', () => {
  it('keeps every known precision and draws anything else as a city', () => {
    for (const p of ['site', 'city', 'province', 'country', 'unknown']) expect(readLocationPrecision(p)).toBe(p);
    for (const p of [null, '', 'county', 'CITY', '__proto__']) expect(readLocationPrecision(p)).toBe('city');
  });
});
