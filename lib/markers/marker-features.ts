import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IncidentType } from '@/lib/taxonomy';
import { mergeCellStat, type CellStat } from './cell-stats';
import type { BBox } from './viewport-grid';

/**
 * One feature of GET /api/markers: the matching incidents in one grid cell. `point` when they all sit at one
 * exact location (then placeName, admin1 and precision are that place's), else `cluster` at their weighted
 * centroid, with the bounds to zoom to. `incidentIds` lists them when there are few (≤ MAX_IDS_PER_FEATURE).
 */
export type MarkerProperties = {
  kind: 'point' | 'cluster';
  count: number;
  byType: Partial<Record<IncidentType, number>>;
  bounds: BBox;
  placeName: string | null;
  /** A point's place as shown to readers, with its Korean name beside it ("Hoeryong (회령)"); null for clusters. */
  placeLabel: string | null;
  admin1: string | null;
  precision: string | null;
  incidentIds: number[];
  /** The same incidents one by one (same cap), so the map can place each and a popup can name it. */
  incidents: MarkerFeatureIncident[];
};

/** One incident of a small feature: where it is, what and when, and the first line of its summary. */
export type MarkerFeatureIncident = {
  id: number;
  type: IncidentType;
  date: string | null;
  datePrecision: string;
  /** At most SUMMARY_LINE_LENGTH characters, cut at a word. */
  summary: string;
  lat: number;
  lon: number;
  placeName: string | null;
  placeLabel: string | null;
  admin1: string | null;
  precision: string;
};

/** A popup line's worth of summary. */
export const SUMMARY_LINE_LENGTH = 140;

/** The summary's first line, cut at a word boundary to at most SUMMARY_LINE_LENGTH characters with an ellipsis. */
export function toSummaryLine(summary: string): string {
  const line = summary.trim().split(/\r?\n/)[0].trim();
  if (line.length <= SUMMARY_LINE_LENGTH) return line;
  const cut = line.slice(0, SUMMARY_LINE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LINE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type MarkerFeature = Feature<Point, MarkerProperties> & { id: string };

/** `bbox`: the area counted (the request's box plus margin); `step`: the grid's cell size in degrees. */
export type MarkerCollection = FeatureCollection<Point, MarkerProperties> & {
  features: MarkerFeature[];
  bbox: BBox;
  step: number;
  total: number;
};

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const shared = (min: string, max: string) => (min === max && min !== '' ? min : null);

/** One feature per cell (stats of several types in a cell merge), largest first. */
export function buildMarkerFeatures(stats: CellStat[]): MarkerFeature[] {
  const cells = new Map<string, { stat: CellStat; byType: Partial<Record<IncidentType, number>> }>();
  for (const s of stats) {
    if (s.n <= 0) continue;
    const key = `${s.row}:${s.column}`;
    const cell = cells.get(key);
    if (cell) mergeCellStat(cell.stat, s);
    else cells.set(key, { stat: { ...s }, byType: {} });
    const byType = cells.get(key)!.byType;
    byType[s.type as IncidentType] = (byType[s.type as IncidentType] ?? 0) + s.n;
  }
  const features = [...cells.entries()].map(([key, { stat: s, byType }]): MarkerFeature => {
    const single = s.minLat === s.maxLat && s.minLon === s.maxLon;
    const coordinates = single ? [s.minLon, s.minLat] : [round(s.sumLon / s.n), round(s.sumLat / s.n)];
    return {
      type: 'Feature',
      id: key,
      geometry: { type: 'Point', coordinates },
      properties: {
        kind: single ? 'point' : 'cluster',
        count: s.n,
        byType,
        bounds: [s.minLon, s.minLat, s.maxLon, s.maxLat],
        placeName: single ? shared(s.minPlace, s.maxPlace) : null,
        placeLabel: null,
        admin1: shared(s.minAdmin1, s.maxAdmin1),
        precision: single ? shared(s.minPrecision, s.maxPrecision) : null,
        incidentIds: [],
        incidents: [],
      },
    };
  });
  return features.sort((a, b) => b.properties.count - a.properties.count || a.id.localeCompare(b.id));
}
