import type { ExportFormat } from './export-filename';
import { encodeDashboardState, type DashboardState } from '@/lib/url/dashboard-state';

/**
 * The export link for a dashboard view: the view's filter parameters only (map, selection, chart interval
 * and page don't change the set), in the canonical form the strict API accepts.
 * @example toExportHref({ ...DEFAULT_STATE, types: ['arrest'], page: 3 }, 'csv') // → '/api/export.csv?type=arrest'
 */
export function toExportHref(state: DashboardState, format: ExportFormat): string {
  const query = encodeDashboardState({ ...state, map: null, incident: null, by: 'month', page: 1 });
  return `/api/export.${format}${query ? `?${query}` : ''}`;
}
