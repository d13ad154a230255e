import { encodeDashboardState, type DashboardState } from '@/lib/url/dashboard-state';

/**
 * The `/embed` link for a view: its filters and map position (selection, chart interval and page are
 * dashboard-only).
 * @example toEmbedHref({ ...DEFAULT_STATE, types: ['arrest'], map: { zoom: 7, lat: 41.8, lon: 129.78 }, page: 2 })
 *   // → '/embed?type=arrest&map=7/41.80/129.78'
 */
export function toEmbedHref(state: DashboardState): string {
  const query = encodeDashboardState({ ...state, incident: null, by: 'month', page: 1 });
  return `/embed${query ? `?${query}` : ''}`;
}

/** The HTML an author pastes into a page to show the view. */
export function toIframeCode(origin: string, state: DashboardState): string {
  const src = `${origin}${toEmbedHref(state)}`.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<iframe src="${src}" title="Incident Atlas map" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}
