import type { DashboardState } from './dashboard-state';

/**
 * Whether a dashboard change needs the server to render the page again. Opening an incident (its sheet,
 * sources and history) and the interface language are rendered on the server; every other change (filters,
 * chart interval, list page, map view, closing the incident) is handled in the browser, each widget fetching
 * its own JSON. Closing needs no render: the sheet hides itself when the URL no longer names its incident, so a
 * map move that ends during the close cannot write the old selection back over an unfinished navigation.
 */
export function needsServerRender(patch: Partial<DashboardState>): boolean {
  return (patch.incident !== undefined && patch.incident !== null) || 'lang' in patch;
}
