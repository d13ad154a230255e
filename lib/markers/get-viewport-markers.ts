import 'server-only';
import { findKoreanPlaceName, withKoreanName } from '@/lib/geo/place-names';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { countCells } from './count-cells';
import { findFeatureIncidents } from './find-feature-incidents';
import { buildMarkerFeatures, toSummaryLine, type MarkerCollection, type MarkerFeature } from './marker-features';
import type { IncidentType } from '@/lib/taxonomy';
import { chooseGridStep, expandBBox, toCellArea, toCellRange, type BBox } from './viewport-grid';

/** Features with this many incidents or fewer list them (ids, place, type, date, summary line: for the popup)... */
export const MAX_IDS_PER_FEATURE = 10;
/** ...for at most this many features per answer, looked up in one query. */
const MAX_ID_FEATURES = 100;

/**
 * The map's markers for one viewport: matching incidents with coordinates in the grid cells that the box plus a
 * margin touches, whole cells (the answer's `bbox` is their area), on a grid whose cell follows the zoom, one
 * feature per non-empty cell (at most MAX_FEATURES).
 */
export async function getViewportMarkers(filter: IncidentFilter, bbox: BBox, zoom: number): Promise<MarkerCollection> {
  const margin = expandBBox(bbox);
  const step = chooseGridStep(zoom, margin);
  const range = toCellRange(margin, step);
  const area = toCellArea(range, step);
  const features = buildMarkerFeatures(await countCells(filter, range, step));
  await attachIncidents(filter, features, step);
  labelPlaces(features);
  const total = features.reduce((sum, f) => sum + f.properties.count, 0);
  return { type: 'FeatureCollection', bbox: area, step, total, features };
}

/** The incidents inside small features, looked up together (find-feature-incidents.ts). */
async function attachIncidents(filter: IncidentFilter, features: MarkerFeature[], step: number): Promise<void> {
  const small = features.filter((f) => f.properties.count <= MAX_IDS_PER_FEATURE).slice(0, MAX_ID_FEATURES);
  const boxes = small.map(({ properties: p }) => ({ bounds: p.bounds, types: Object.keys(p.byType) as IncidentType[] }));
  const rows = await findFeatureIncidents(filter, boxes, MAX_ID_FEATURES * MAX_IDS_PER_FEATURE, step);
  for (const r of rows) {
    const owner = small.find(({ properties: { bounds: [w, s, e, n] } }) => r.lat! >= s && r.lat! <= n && r.lon! >= w && r.lon! <= e);
    if (!owner) continue;
    owner.properties.incidentIds.push(r.id);
    owner.properties.incidents.push({
      id: r.id,
      type: r.type as IncidentType,
      date: r.date,
      datePrecision: r.datePrecision,
      summary: toSummaryLine(r.summary),
      lat: r.lat!,
      lon: r.lon!,
      placeName: r.placeName,
      placeLabel: r.placeName ? withKoreanName(r.placeName, findKoreanPlaceName(r.placeName, r.admin1)) : null,
      admin1: r.admin1,
      precision: r.locationPrecision,
    });
  }
}

/** Each point's place as readers see it: the romanised name with the gazetteer's Korean name beside it. */
function labelPlaces(features: MarkerFeature[]): void {
  for (const { properties: p } of features) {
    if (p.kind === 'point' && p.placeName) p.placeLabel = withKoreanName(p.placeName, findKoreanPlaceName(p.placeName, p.admin1));
  }
}
