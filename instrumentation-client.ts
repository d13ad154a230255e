/**
 * Runs in the browser before React hydrates (Next.js file convention). On the pages that draw the incident
 * map, the two slow parts of its first paint start here, alongside the page's own scripts rather than once
 * hydration has begun: the dashboard's first markers request (components/map/map-head-start.ts, which does
 * nothing on a page without the dashboard map) and the download of the map's code (Leaflet, about 58 KiB
 * gzip, a dynamic import so that no other page loads any of it).
 */
import { startFirstMarkers } from '@/components/map/map-head-start';

const MAP_PAGES = new Set(['/', '/embed']);

if (MAP_PAGES.has(window.location.pathname)) {
  // First: it notes the page's stylesheets before the map's code adds its own.
  startFirstMarkers();
  void import('@/components/map/incident-map').catch(() => {});
}
