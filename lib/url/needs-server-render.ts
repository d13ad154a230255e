import type { DashboardState } from './dashboard-state';

/**
 * Whether a dashboard change needs the server to render the page again. The selected incident (its sheet,
 * sources and history) and the interface language are rendered on the server; every other change (filters,
 * chart interval, list page, map view) is handled in the browser, each widget fetching its own JSON.
 */
export function needsServerRender(patch: Partial<DashboardState>): boolean {
  return 'incident' in patch || 'lang' in patch;
}
