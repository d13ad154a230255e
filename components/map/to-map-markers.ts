import type { MarkerCollection, MarkerFeature, MarkerFeatureIncident } from '@/lib/markers/marker-features';
import { toMapMarker } from '@/lib/markers/to-map-marker';
import type { MapMarker } from '@/lib/markers/types';
import { INCIDENT_TYPES, type DatePrecision, type IncidentType } from '@/lib/taxonomy';

/** What GET /api/markers answers (lib/markers/marker-features, its contract in the README). */
export type { MarkerCollection };

/**
 * The server's cells as the map's markers. A small cell whose incidents all came along is split by place and
 * type: one marker per place × type, with its incidents (the client's clustering groups them again, and
 * spiderfies those that share a point at the last zoom), so each incident can be selected. A big cell of
 * several places is one marker (a ring by type, its bounds for a click to zoom to). A big cell of one place
 * gives one marker per type there, each in its type's colour.
 */
export function toMapMarkers(collection: MarkerCollection): MapMarker[] {
  const markers: MapMarker[] = [];
  for (const feature of collection.features) {
    const p = feature.properties;
    if (p.count > 0 && p.incidents?.length === p.count) markers.push(...splitByPlace(feature));
    else markers.push(...toCellMarkers(feature));
  }
  return markers;
}

function toCellMarkers(feature: MarkerFeature): MapMarker[] {
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  const types = INCIDENT_TYPES.filter((t) => (p.byType[t] ?? 0) > 0).sort((a, b) => p.byType[b]! - p.byType[a]!);
  if (types.length === 0) return [];
  if (p.kind === 'cluster') {
    const area = { key: String(feature.id), lat, lon, type: types[0], count: p.count, incidentIds: [], placeName: 'this area' };
    return [{ ...toMapMarker({ ...area, admin1: p.admin1, precision: 'city' }), bounds: p.bounds, byType: p.byType }];
  }
  return types.map((type) =>
    toMapMarker({
      key: `${feature.id}:${type}`,
      lat,
      lon,
      type,
      count: p.byType[type]!,
      incidentIds: types.length === 1 ? p.incidentIds : [],
      placeName: p.placeName,
      placeLabel: p.placeLabel,
      admin1: p.admin1,
      precision: p.precision,
    }),
  );
}

/** One marker per point × place name × type, in the order of the incidents' ids. */
function splitByPlace(feature: MarkerFeature): MapMarker[] {
  const groups = new Map<string, MarkerFeatureIncident[]>();
  for (const incident of feature.properties.incidents) {
    if (!INCIDENT_TYPES.includes(incident.type)) continue;
    // Keyed by place and type, not by cell: the marker (and its Leaflet layer) outlives a zoom that moves the grid.
    const key = `${incident.lat},${incident.lon}:${incident.placeName ?? ''}:${incident.type}`;
    groups.set(key, [...(groups.get(key) ?? []), incident]);
  }
  return [...groups].map(([key, incidents]) => {
    const [first] = incidents;
    return toMapMarker({
      key,
      lat: first.lat,
      lon: first.lon,
      type: first.type as IncidentType,
      count: incidents.length,
      incidentIds: incidents.map((i) => i.id),
      incidents: incidents.map(({ id, date, datePrecision, summary }) => ({ id, date, datePrecision: datePrecision as DatePrecision, summary })),
      placeName: first.placeName,
      placeLabel: first.placeLabel,
      admin1: first.admin1,
      precision: first.precision,
    });
  });
}
