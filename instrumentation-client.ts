/**
 * Runs in the browser before React hydrates (Next.js file convention). On the pages that draw the incident
 * map, the download of the map's code (Leaflet, about 58 KiB gzip) starts here, alongside the page's own
 * scripts: started from the map's modules it waited until hydration had begun (components/map/map-head-start).
 * A dynamic import, so no other page loads any of it.
 */
const MAP_PAGES = new Set(['/', '/embed']);

if (MAP_PAGES.has(window.location.pathname)) void import('@/components/map/incident-map').catch(() => {});
