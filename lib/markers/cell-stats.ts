/**
 * What the server knows about one grid cell × type: how many incidents, where (bounds and weighted sums for
 * the centroid), and the lowest and highest place name, province and precision (equal when all members
 * share one). Rows read from SQL and point groups folded here merge exactly. Pure functions.
 */
export type CellStat = {
  row: number;
  column: number;
  type: string;
  n: number;
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
  sumLat: number;
  sumLon: number;
  minPlace: string;
  maxPlace: string;
  minAdmin1: string;
  maxAdmin1: string;
  minPrecision: string;
  maxPrecision: string;
};

/** Incidents of one type at one exact point (a GROUP BY row over the incident table). */
export type PointGroup = { lat: number; lon: number; type: string; placeName: string | null; admin1: string | null; precision: string; n: number };

const lower = (a: string, b: string) => (a <= b ? a : b);
const higher = (a: string, b: string) => (a >= b ? a : b);

export function toCellStat(g: PointGroup, row: number, column: number): CellStat {
  const place = g.placeName ?? '';
  const admin1 = g.admin1 ?? '';
  return {
    row, column, type: g.type, n: g.n,
    minLat: g.lat, maxLat: g.lat, minLon: g.lon, maxLon: g.lon, sumLat: g.lat * g.n, sumLon: g.lon * g.n,
    minPlace: place, maxPlace: place, minAdmin1: admin1, maxAdmin1: admin1, minPrecision: g.precision, maxPrecision: g.precision,
  };
}

/** `into` absorbs `other` (same cell; the type may differ when whole cells are merged). */
export function mergeCellStat(into: CellStat, other: CellStat): void {
  into.n += other.n;
  into.minLat = Math.min(into.minLat, other.minLat);
  into.maxLat = Math.max(into.maxLat, other.maxLat);
  into.minLon = Math.min(into.minLon, other.minLon);
  into.maxLon = Math.max(into.maxLon, other.maxLon);
  into.sumLat += other.sumLat;
  into.sumLon += other.sumLon;
  into.minPlace = lower(into.minPlace, other.minPlace);
  into.maxPlace = higher(into.maxPlace, other.maxPlace);
  into.minAdmin1 = lower(into.minAdmin1, other.minAdmin1);
  into.maxAdmin1 = higher(into.maxAdmin1, other.maxAdmin1);
  into.minPrecision = lower(into.minPrecision, other.minPrecision);
  into.maxPrecision = higher(into.maxPrecision, other.maxPrecision);
}
