import { createHash } from 'node:crypto';
import type { MapMarker } from '@/lib/markers/types';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** What a link-preview image shows: a title, a line under it, counts by type and the markers. */
export type PreviewModel = {
  title: string;
  subtitle: string;
  total: number;
  counts: { type: IncidentType; count: number }[];
  points: { lon: number; lat: number; type: IncidentType; count: number }[];
};

/** Turns query results into the preview's content: nonzero types in taxonomy order, markers as points. */
export function toPreviewModel(
  title: string,
  subtitle: string,
  byType: Partial<Record<IncidentType, number>>,
  markers: Pick<MapMarker, 'lon' | 'lat' | 'type' | 'count'>[],
): PreviewModel {
  const counts = INCIDENT_TYPES.map((type) => ({ type, count: byType[type] ?? 0 })).filter((c) => c.count > 0);
  const points = markers.map(({ lon, lat, type, count }) => ({ lon, lat, type, count }));
  return { title, subtitle, total: counts.reduce((n, c) => n + c.count, 0), counts, points };
}

/**
 * A short hash of everything the image shows: the same view with the same data gives the same image URL,
 * so chat services and caches fetch it once; new data gives a new URL.
 */
export function fingerprintPreview(model: PreviewModel): string {
  return createHash('sha256').update(JSON.stringify(model)).digest('hex').slice(0, 16);
}
