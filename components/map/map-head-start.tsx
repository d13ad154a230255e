'use client';

import { prefetchWidgetJson } from '@/components/dashboard/view-data';
import { parseDashboardState } from '@/lib/url/dashboard-state';
import { toMarkersUrl } from '@/lib/url/widget-urls';
import type { Viewport } from './bounds-watch';
import { DEFAULT_VIEW } from './default-view';
import { estimateViewport } from './estimate-viewport';
import { loadMapCode } from './map-loader';


/** The first view's estimate, with the URL it was made for; DashboardMap takes it once. */
let early: { search: string; viewport: Viewport } | null = null;

/**
 * Whether the page's own stylesheets (the server's, which React marks with a precedence) have loaded: before
 * that, the map's box does not have its size yet. The map's stylesheets, added by its code, do not count.
 */
const stylesLoaded = () =>
  Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][data-precedence]')).every((link) => link.sheet !== null);

/**
 * Starts the map's two slow parts as soon as the page's code runs, before React hydrates anything: the
 * download of the map's code (Leaflet) and the first markers request, for the viewport estimated from the
 * placeholder's box. Otherwise both wait until hydration reaches the map, after the filters (half a second
 * on a loaded 2-core machine). Does nothing when the box is not there or has no size yet, or when a
 * selection will move the map (DashboardMap then asks once Leaflet has the view).
 */
export function startMapEarly() {
  // Measured before the map's code is asked for: that adds the map's own stylesheets, not loaded yet.
  const box = document.querySelector<HTMLElement>('[data-map-box]');
  const measurable = box !== null && stylesLoaded() && box.clientWidth > 0 && box.clientHeight > 0;
  loadMapCode();
  if (!measurable) return;
  const search = window.location.search;
  const state = parseDashboardState(new URLSearchParams(search));
  if (state.incident !== null && state.map === null) return;
  const viewport = estimateViewport(state.map ?? DEFAULT_VIEW, box.clientWidth, box.clientHeight);
  early = { search, viewport };
  prefetchWidgetJson(toMarkersUrl(state, viewport.bbox, viewport.zoom));
}

/** The viewport the head start asked markers for, if it was made for the URL the page has now (once). */
export function takeEarlyViewport(): Viewport | null {
  const made = early;
  early = null;
  return made && made.search === window.location.search ? made.viewport : null;
}

if (typeof window !== 'undefined') startMapEarly();

/**
 * Rendered first in the dashboard, so that its module (and with it the head start above) runs when
 * hydration begins. Draws nothing.
 */
export function MapHeadStart() {
  return null;
}
