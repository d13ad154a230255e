import type { Viewport } from './bounds-watch';

/** Leaflet's default CRS (EPSG:3857): the sphere's radius and the latitude its projection stops at. */
const R = 6378137;
const MAX_LAT = 85.0511287798;
const RAD = Math.PI / 180;

/** A point in pixels at `zoom` (256 px tiles), as Leaflet's `map.project` gives it. */
function project(lat: number, lon: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin(Math.max(Math.min(MAX_LAT, lat), -MAX_LAT) * RAD);
  const x = R * lon * RAD;
  const y = (R * Math.log((1 + sin) / (1 - sin))) / 2;
  const k = 0.5 / (Math.PI * R);
  return [scale * (k * x + 0.5), scale * (-k * y + 0.5)];
}

/** The inverse of `project`: [lat, lon] of a pixel at `zoom`. */
function unproject(px: number, py: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const k = 0.5 / (Math.PI * R);
  const x = (px / scale - 0.5) / k;
  const y = (py / scale - 0.5) / -k;
  return [(2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) / RAD, x / R / RAD];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The viewport Leaflet will report for a map of `width` × `height` px centred on `view`, computed without
 * Leaflet (the same projection and the same rounding of the pixel origin as its `getBounds`). The dashboard
 * asks for its markers with it while the map's code is still loading, instead of after.
 */
export function estimateViewport(view: { lat: number; lon: number; zoom: number }, width: number, height: number): Viewport {
  const [cx, cy] = project(view.lat, view.lon, view.zoom);
  const left = Math.round(cx - width / 2);
  const top = Math.round(cy - height / 2);
  const [south, west] = unproject(left, top + height, view.zoom);
  const [north, east] = unproject(left + width, top, view.zoom);
  return { bbox: [clamp(west, -180, 180), clamp(south, -90, 90), clamp(east, -180, 180), clamp(north, -90, 90)], zoom: view.zoom };
}
