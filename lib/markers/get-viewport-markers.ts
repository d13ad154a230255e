import 'server-only';
import { prisma } from '@/lib/db';
import { findKoreanPlaceName, withKoreanName } from '@/lib/geo/place-names';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { countCells } from './count-cells';
import { buildMarkerFeatures, type MarkerCollection, type MarkerFeature } from './marker-features';
import { chooseGridStep, expandBBox, type BBox } from './viewport-grid';

/** Features with this many incidents or fewer list their ids (for the popup)... */
export const MAX_IDS_PER_FEATURE = 10;
/** ...for at most this many features per answer, looked up in one query. */
const MAX_ID_FEATURES = 100;

/**
 * The map's markers for one viewport: matching incidents with coordinates inside the box plus a margin,
 * counted on a grid whose cell follows the zoom, one feature per non-empty cell (at most MAX_FEATURES).
 */
export async function getViewportMarkers(filter: IncidentFilter, bbox: BBox, zoom: number): Promise<MarkerCollection> {
  const area = expandBBox(bbox);
  const step = chooseGridStep(zoom, area);
  const features = buildMarkerFeatures(await countCells(filter, area, step));
  await attachIncidentIds(filter, features);
  labelPlaces(features);
  const total = features.reduce((sum, f) => sum + f.properties.count, 0);
  return { type: 'FeatureCollection', bbox: area, step, total, features };
}

/** Ids of the incidents inside small features: one query over their (disjoint) bounds, via the (lat, lon) index. */
async function attachIncidentIds(filter: IncidentFilter, features: MarkerFeature[]): Promise<void> {
  const small = features.filter((f) => f.properties.count <= MAX_IDS_PER_FEATURE).slice(0, MAX_ID_FEATURES);
  if (!small.length) return;
  const rows = await prisma.incident.findMany({
    where: {
      AND: [
        buildIncidentWhere(filter),
        {
          OR: small.map(({ properties: { bounds: [west, south, east, north] } }) => ({
            lat: { gte: south, lte: north },
            lon: { gte: west, lte: east },
          })),
        },
      ],
    },
    select: { id: true, lat: true, lon: true },
    orderBy: { id: 'asc' },
    take: MAX_ID_FEATURES * MAX_IDS_PER_FEATURE,
  });
  for (const r of rows) {
    const owner = small.find(({ properties: { bounds: [w, s, e, n] } }) => r.lat! >= s && r.lat! <= n && r.lon! >= w && r.lon! <= e);
    owner?.properties.incidentIds.push(r.id);
  }
}

/** Each point's place as readers see it: the romanised name with the gazetteer's Korean name beside it. */
function labelPlaces(features: MarkerFeature[]): void {
  for (const { properties: p } of features) {
    if (p.kind === 'point' && p.placeName) p.placeLabel = withKoreanName(p.placeName, findKoreanPlaceName(p.placeName, p.admin1));
  }
}
