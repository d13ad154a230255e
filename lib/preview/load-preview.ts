import 'server-only';
import { getIncident } from '@/lib/incidents/get-incident';
import { getIncidentStats } from '@/lib/incidents/get-incident-stats';
import { toIncidentFilter } from '@/lib/incidents/filter';
import { getMapMarkers } from '@/lib/markers/get-map-markers';
import type { MapMarker } from '@/lib/markers/types';
import { TYPE_LABELS, type IncidentType } from '@/lib/taxonomy';
import type { DashboardState } from '@/lib/url/dashboard-state';
import { describeView } from '@/lib/url/describe-view';
import { toPreviewModel, type PreviewModel } from './preview-model';

const VIEW_SUBTITLE = 'Reported arrests, trials, escapes and crackdowns in and around North Korea';

/** A dashboard view's preview from data the caller already has (the page's own queries). */
export function toViewPreview(
  state: DashboardState,
  byType: Record<IncidentType, number>,
  markers: Pick<MapMarker, 'lon' | 'lat' | 'type' | 'count'>[],
): PreviewModel {
  const total = Object.values(byType).reduce((n, c) => n + c, 0);
  return toPreviewModel(describeView(state, total), VIEW_SUBTITLE, byType, markers);
}

export async function loadViewPreview(state: DashboardState): Promise<PreviewModel> {
  const filter = toIncidentFilter(state);
  const [stats, markers] = await Promise.all([getIncidentStats(filter, 'month'), getMapMarkers(filter)]);
  return toViewPreview(state, stats.byType, markers);
}

/** An incident's preview: its type, place and date as the title, its summary, its one point. */
export async function loadIncidentPreview(id: number): Promise<PreviewModel | null> {
  const incident = await getIncident(id);
  if (!incident) return null;
  const place = [...new Set([incident.placeName, incident.admin1].filter(Boolean))].join(', ') || 'Place unknown';
  const title = `${TYPE_LABELS[incident.type]}: ${place}${incident.date ? `, ${incident.date}` : ''}`;
  const point = incident.lat !== null && incident.lon !== null ? [{ lon: incident.lon, lat: incident.lat, type: incident.type, count: 1 }] : [];
  return toPreviewModel(title, incident.summary, { [incident.type]: 1 }, point);
}
