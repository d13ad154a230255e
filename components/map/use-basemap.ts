import { use } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';

export type CountryProps = { kind: 'country'; name: string } | { kind: 'border' };
export type ProvinceProps = { slug: string; name: string; iso: string; label: [number, number] };

/** One request per file per page load; `use()` needs the same promise on every render. */
const cache = new Map<string, Promise<FeatureCollection | null>>();

function load(url: string): Promise<FeatureCollection | null> {
  let promise = cache.get(url);
  if (!promise) {
    promise = fetch(url)
      .then((res) => (res.ok ? (res.json() as Promise<FeatureCollection>) : null))
      // A missing basemap leaves the sea-coloured box with markers on it: worse, but still usable.
      .catch(() => null);
    cache.set(url, promise);
  }
  return promise;
}

/**
 * Reads a GeoJSON file from public/basemap (fetched, not imported, so it stays out of the JS bundle).
 * Suspends until loaded; null when it could not be fetched.
 */
export function useBasemap<P>(file: 'countries.geojson' | 'kp-provinces.geojson'): FeatureCollection<Geometry, P> | null {
  return use(load(`/basemap/${file}`)) as FeatureCollection<Geometry, P> | null;
}
