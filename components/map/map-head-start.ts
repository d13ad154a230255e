import { prefetchWidgetJson } from '@/components/dashboard/widget-fetch';
import { formatMarkersUrl } from '@/lib/url/markers-url';
import type { MapView } from '@/lib/url/map-param';
import type { Viewport } from './bounds-watch';
import { estimateViewport } from './estimate-viewport';

/**
 * Written by the server's render on the map's box (DashboardMap) when the first view is the URL's own (no
 * selection will move the map): the filter's query and the view, which is all the first markers request
 * needs besides the box's size. The head start reads them here rather than parsing the URL, so it loads
 * no URL codec before hydration.
 */
export const HEAD_START_ATTRIBUTE = 'data-first-markers';

export type HeadStart = { filter: string; view: MapView };

/** The first view's estimate, with the URL it was made for; DashboardMap takes it once. */
let early: { search: string; viewport: Viewport } | null = null;
/** Set once DashboardMap has asked for its first viewport: from then on the head start does nothing. */
let taken = false;

/**
 * Sends the map's first markers request from the pre-hydration script (instrumentation-client.ts), for the
 * viewport estimated from the box the server rendered, so that its answer is on its way while the page's
 * code loads and React hydrates (sent when hydration began, it was the last thing the first markers waited
 * for). The box has its size once the page's own stylesheets (the server's, which React marks with a
 * precedence) have loaded: until then, and until the box is parsed, it tries again at each stylesheet's
 * load and at DOMContentLoaded. Gives up when the box has no head start (another page, or a selection
 * will move the map) or once the map has asked for itself.
 */
export function startFirstMarkers() {
  // The stylesheets there now are the page's; the map's code, asked for next, adds its own, which the
  // box's size does not wait for.
  const pageSheets = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][data-precedence]'));
  const attempt = (): boolean => {
    if (taken) return true;
    const box = document.querySelector<HTMLElement>(`[${HEAD_START_ATTRIBUTE}]`);
    if (!box) return document.readyState !== 'loading';
    if (!pageSheets.every((link) => link.sheet !== null) || box.clientWidth === 0 || box.clientHeight === 0) return false;
    const { filter, view } = JSON.parse(box.getAttribute(HEAD_START_ATTRIBUTE)!) as HeadStart;
    const viewport = estimateViewport(view, box.clientWidth, box.clientHeight);
    early = { search: window.location.search, viewport };
    prefetchWidgetJson(formatMarkersUrl(filter, viewport.bbox, viewport.zoom));
    return true;
  };
  if (attempt()) return;
  const retry = () => {
    if (!attempt()) return;
    document.removeEventListener('load', retry, true);
    document.removeEventListener('DOMContentLoaded', retry);
  };
  // A stylesheet's load event does not bubble, but the document sees it while capturing.
  document.addEventListener('load', retry, true);
  document.addEventListener('DOMContentLoaded', retry);
}

/**
 * The viewport the head start asked markers for, if it was made for the URL the page has now (once). After
 * this call the head start sends nothing: the map asks for itself.
 */
export function takeEarlyViewport(): Viewport | null {
  taken = true;
  const made = early;
  early = null;
  return made && made.search === window.location.search ? made.viewport : null;
}
