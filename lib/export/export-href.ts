import type { ExportFormat } from './export-filename';
import { encodeDashboardState, type DashboardState } from '@/lib/url/dashboard-state';

/**
 * The filter part of a view's query string: map, selection, chart interval and page don't change which
 * incidents are in it. Canonical, so the strict API accepts it and equal filters give equal strings.
 */
export function toFilterQuery(state: DashboardState): string {
  return encodeDashboardState({ ...state, map: null, incident: null, by: 'month', page: 1, lang: null });
}

/**
 * The export link for a dashboard view.
 * @example toExportHref({ ...DEFAULT_STATE, types: ['arrest'], page: 3 }, 'csv') // → '/api/export.csv?type=arrest'
 */
export function toExportHref(state: DashboardState, format: ExportFormat): string {
  const query = toFilterQuery(state);
  return `/api/export.${format}${query ? `?${query}` : ''}`;
}
