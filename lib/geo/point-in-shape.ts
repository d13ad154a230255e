/** Point-in-polygon and distance-to-border for GeoJSON county shapes ([lon, lat] rings). */
export type Ring = [number, number][];
export type ShapeGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

function polygonsOf(g: ShapeGeometry): Ring[][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function isInRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the shape (inside an outer ring and outside that polygon's holes). */
export function isPointInShape(lat: number, lon: number, g: ShapeGeometry): boolean {
  return polygonsOf(g).some(([outer, ...holes]) => isInRing(lon, lat, outer) && !holes.some((h) => isInRing(lon, lat, h)));
}

/** Shortest distance in km from the point to the shape's border (a local flat projection: fine below ~50 km). */
export function measureKmToBorder(lat: number, lon: number, g: ShapeGeometry): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const ring of polygonsOf(g).flat()) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1][0] - lon) * kx;
      const ay = (ring[i - 1][1] - lat) * ky;
      const dx = (ring[i][0] - lon) * kx - ax;
      const dy = (ring[i][1] - lat) * ky - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/** Inside, or within `toleranceKm` of the border (for simplified shapes). */
export function isNearShape(lat: number, lon: number, g: ShapeGeometry, toleranceKm: number): boolean {
  return isPointInShape(lat, lon, g) || measureKmToBorder(lat, lon, g) <= toleranceKm;
}
