/**
 * GET /api/markers' URL from a filter's query string, a box and a zoom. Apart from the URL codec, so that the
 * pre-hydration script (components/map/map-head-start.ts) can build the first request from the filter
 * query the server's render wrote into the map's box, without loading the codec (zod) before hydration.
 *
 * @example formatMarkersUrl('type=arrest', [124, 37.5, 131, 43], 7) // → '/api/markers?type=arrest&bbox=124,37.5,131,43&zoom=7'
 */

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

const round4 = (x: number) => String(Math.round(x * 1e4) / 1e4);

/** `filterQuery` is canonical (toFilterQuery in widget-urls.ts), possibly empty. */
export function formatMarkersUrl(filterQuery: string, bbox: BBox, zoom: number): string {
  const parts = [filterQuery, `bbox=${bbox.map(round4).join(',')}`, `zoom=${Math.round(zoom)}`].filter(Boolean);
  return `/api/markers?${parts.join('&')}`;
}

/** Whether `inner` lies inside `outer`: markers counted for `outer` then cover a view of `inner`. */
export function containsBBox(outer: BBox, inner: BBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
