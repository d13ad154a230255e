import { describe, expect, it } from 'vitest';
import { toMapMarkers, type MarkerCollection } from '@/components/map/to-map-markers';

type Feature = MarkerCollection['features'][number];
const feature = (id: string, lon: number, lat: number, p: Partial<Feature['properties']>): Feature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { kind: 'point', count: 0, byType: {}, bounds: [lon, lat, lon, lat], placeName: null, placeLabel: null, admin1: null, precision: null, incidentIds: [], incidents: [], ...p },
});
const collection = (features: Feature[]): MarkerCollection => ({ type: 'FeatureCollection', bbox: [120, 35, 135, 45], step: 1, total: 0, features });

describe('toMapMarkers', () => {
  it('a cell of several places is one marker with its bounds and its counts by type', () => {
    const [m, ...rest] = toMapMarkers(
      collection([feature('3:4', 129.5, 41.9, { kind: 'cluster', count: 7, byType: { arrest: 2, trial: 5 }, bounds: [129, 41.5, 130, 42.3] })]),
    );
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ lat: 41.9, lon: 129.5, type: 'trial', count: 7, bounds: [129, 41.5, 130, 42.3], byType: { arrest: 2, trial: 5 } });
    expect(m.incidentIds).toEqual([]);
  });

  it('one place gives a marker per type there, counts kept, ids only when the type is alone', () => {
    const markers = toMapMarkers(
      collection([
        feature('1:1', 129.78, 41.8, { count: 3, byType: { arrest: 1, defection: 2 }, placeName: 'Chongjin', precision: 'city', incidentIds: [4, 5, 6] }),
        feature('1:2', 125.75, 39.03, { count: 2, byType: { trial: 2 }, placeName: 'Pyongyang', precision: 'province', incidentIds: [8, 9] }),
      ]),
    );
    expect(markers.map((m) => [m.type, m.count, m.incidentIds, m.precision, m.bounds])).toEqual([
      ['defection', 2, [], 'city', undefined],
      ['arrest', 1, [], 'city', undefined],
      ['trial', 2, [8, 9], 'province', undefined],
    ]);
    expect(new Set(markers.map((m) => m.key)).size).toBe(3);
    expect(markers.reduce((n, m) => n + m.count, 0)).toBe(5);
  });

  it("a point's label with its Korean name reaches each of its markers; a point without one keeps its name", () => {
    const markers = toMapMarkers(
      collection([
        feature('2:1', 129.74, 42.44, { count: 2, byType: { arrest: 1, trial: 1 }, placeName: 'Hoeryong', placeLabel: 'Hoeryong (회령)', precision: 'city' }),
        feature('2:2', 124.4, 40.1, { count: 1, byType: { other: 1 }, placeName: 'Dandong', precision: 'city' }),
      ]),
    );
    expect(markers.map((m) => [m.type, m.placeName, m.placeLabel])).toEqual([
      ['arrest', 'Hoeryong', 'Hoeryong (회령)'],
      ['trial', 'Hoeryong', 'Hoeryong (회령)'],
      ['other', 'Dandong', undefined],
    ]);
  });

  it('a small cell whose incidents came along splits by point, place and type, so each incident is selectable', () => {
    const at = (id: number, type: 'arrest' | 'trial', lat: number, lon: number, placeName: string) =>
      ({ id, type, date: '2023-05', datePrecision: 'month', summary: `Summary ${id}`, lat, lon, placeName, placeLabel: null, admin1: 'North Hamgyong', precision: 'city' });
    const incidents = [
      at(11, 'arrest', 42.44, 129.75, 'Hoeryong'),
      at(12, 'arrest', 42.44, 129.75, 'Hoeryong'),
      at(13, 'trial', 42.44, 129.75, 'Village near Hoeryong'),
      at(14, 'arrest', 42.5, 129.9, 'Namyang'),
    ];
    const markers = toMapMarkers(
      collection([feature('9:9', 129.8, 42.45, { kind: 'cluster', count: 4, byType: { arrest: 3, trial: 1 }, bounds: [129.75, 42.44, 129.9, 42.5], incidentIds: [11, 12, 13, 14], incidents })]),
    );
    expect(markers.map((m) => [m.placeName, m.type, m.count, m.incidentIds, m.lat, m.lon, m.bounds])).toEqual([
      ['Hoeryong', 'arrest', 2, [11, 12], 42.44, 129.75, undefined],
      ['Village near Hoeryong', 'trial', 1, [13], 42.44, 129.75, undefined],
      ['Namyang', 'arrest', 1, [14], 42.5, 129.9, undefined],
    ]);
    expect(markers[0].incidents).toEqual([
      { id: 11, date: '2023-05', datePrecision: 'month', summary: 'Summary 11' },
      { id: 12, date: '2023-05', datePrecision: 'month', summary: 'Summary 12' },
    ]);
    // A cell whose list is incomplete (the server caps it) stays one marker.
    const capped = toMapMarkers(collection([feature('9:9', 129.8, 42.45, { kind: 'cluster', count: 5, byType: { arrest: 4, trial: 1 }, incidents })]));
    expect(capped.map((m) => m.count)).toEqual([5]);
  });

  it('ignores empty cells and unknown precisions', () => {
    const markers = toMapMarkers(
      collection([feature('0:0', 1, 1, { count: 0, byType: {} }), feature('0:1', 2, 2, { count: 1, byType: { other: 1 }, precision: 'galaxy' })]),
    );
    expect(markers).toHaveLength(1);
    expect(markers[0].precision).toBe('city');
  });
});
