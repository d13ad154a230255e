import type { ExportFormat } from './export-filename';
import type { DashboardState } from '@/lib/url/dashboard-state';
import { toFilterQuery } from '@/lib/url/widget-urls';

export { toFilterQuery };

/**
 * The export link for a dashboard view.
 * @example toExportHref({ ...DEFAULT_STATE, types: ['arrest'], page: 3 }, 'csv') // → '/api/export.csv?type=arrest'
 */
export function toExportHref(state: DashboardState, format: ExportFormat): string {
  const query = toFilterQuery(state);
  return `/api/export.${format}${query ? `?${query}` : ''}`;
}
