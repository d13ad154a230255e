/**
 * The JSON each dashboard widget reads, as URLs built from the dashboard state. The server's first render
 * and the browser's later fetches name a widget's data by the same URL, so the browser can tell whether
 * what the server sent still answers the current state, and needs nothing fetched when it does.
 *
 * @example
 *   toStatsUrl({ ...DEFAULT_STATE, types: ['arrest'], by: 'week', map: … }) // → '/api/stats?type=arrest&by=week'
 *   toListUrl({ ...DEFAULT_STATE, page: 2 })                                 // → '/api/list?page=2'
 */
import { formatListKey } from '@/lib/incidents/list-cursor';
import { encodeDashboardState, DEFAULT_STATE, type DashboardState } from './dashboard-state';
import { formatMarkersUrl, type BBox } from './markers-url';

/**
 * The filter part of a view's query string: map, selection, chart interval and page don't change which
 * incidents are in it. Canonical, so the strict API accepts it and equal filters give equal strings.
 */
export function toFilterQuery(state: DashboardState): string {
  return encodeDashboardState({ ...state, map: null, incident: null, by: 'month', page: 1, cursor: null, lang: null });
}

const withQuery = (path: string, ...parts: string[]) => {
  const query = parts.filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
};

/** Count, type facet, timeline and provinces: the filter and the chart interval. */
export function toStatsUrl(state: DashboardState): string {
  return withQuery('/api/stats', toFilterQuery(state), state.by !== DEFAULT_STATE.by ? `by=${state.by}` : '');
}

/**
 * The province checkboxes count as if no province were selected. With none selected that is the stats'
 * own count by province (null: nothing more to fetch); otherwise the stats without the province filter,
 * by year (the fewest periods).
 */
export function toProvinceFacetUrl(state: DashboardState): string | null {
  if (state.provinces.length === 0) return null;
  return withQuery('/api/stats', toFilterQuery({ ...state, provinces: [] }), 'by=year');
}

/** One page of the incident list: its number and, from the pager, its cursor (`after=` / `before=`). */
export function toListUrl(state: DashboardState): string {
  const { cursor } = state;
  return withQuery('/api/list', toFilterQuery(state), state.page > 1 ? `page=${state.page}` : '', cursor ? `${cursor.dir}=${formatListKey(cursor)}` : '');
}

/** The map's markers for a viewport (GET /api/markers): the filter, the box and the zoom. */
export function toMarkersUrl(state: DashboardState, bbox: BBox, zoom: number): string {
  return formatMarkersUrl(toFilterQuery(state), bbox, zoom);
}
