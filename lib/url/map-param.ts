/** Map view as in the URL's `map=zoom/lat/lon`. */
export type MapView = { zoom: number; lat: number; lon: number };

const MIN_ZOOM = 3;
const MAX_ZOOM = 14;

/** `zoom/lat/lon` as OpenStreetMap writes it (`7/41.80/129.78`); null when out of range or malformed. */
export function parseMapParam(value: string | null): MapView | null {
  if (!value) return null;
  const m = /^(\d{1,2})\/(-?\d{1,2}(?:\.\d{1,6})?)\/(-?\d{1,3}(?:\.\d{1,6})?)$/.exec(value);
  if (!m) return null;
  const [zoom, lat, lon] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

export function formatMapParam(view: MapView): string {
  return `${Math.round(view.zoom)}/${view.lat.toFixed(2)}/${view.lon.toFixed(2)}`;
}
