import type { MapView } from '@/lib/url/map-param';

/**
 * The view when the URL has none: North Korea filling a 480 px high map on a laptop. Leaflet-free, so the
 * URL codec on the server can import it to keep the default out of the URL.
 */
export const DEFAULT_VIEW: MapView = { zoom: 6, lat: 40.3, lon: 127.5 };
