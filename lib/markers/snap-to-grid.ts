import type { PlaceGroup } from './count-places';

/** Grid steps tried in turn (degrees): from ~1 km, where distinct towns stay apart, to ~200 km. */
const STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2];

/** A group after snapping: a weighted centroid; the place name only when every member shares it. */
export type SnappedGroup = Omit<PlaceGroup, 'placeName' | 'admin1'> & {
  placeName: string | null;
  admin1: string | null;
  /** Distinct points merged into this one (1 = an exact place). */
  points: number;
};

/**
 * Bounds the number of markers however many distinct points match: groups of one type whose points fall
 * in the same grid cell merge, at the finest step that leaves at most `max` groups. Province-level groups
 * are never merged (their point stands for a whole province). Counts are preserved exactly.
 */
export function snapToGrid(groups: PlaceGroup[], max: number): SnappedGroup[] {
  const exact = (g: PlaceGroup): SnappedGroup => ({ ...g, points: 1 });
  const byPoint = mergeCells(groups.map(exact), 0);
  if (byPoint.length <= max) return byPoint;
  let snapped = byPoint;
  for (const step of STEPS) {
    snapped = mergeCells(byPoint, step);
    if (snapped.length <= max) break;
  }
  return snapped;
}

/** step 0: merge only identical point × type × name (spelling variants of one place); else grid cells. */
function mergeCells(groups: SnappedGroup[], step: number): SnappedGroup[] {
  const cells = new Map<string, SnappedGroup & { sumLat: number; sumLon: number }>();
  for (const g of groups) {
    const province = g.precision === 'province';
    const key =
      step === 0 || province
        ? `${g.lat},${g.lon},${g.type},${step === 0 ? g.precision : 'p'}`
        : `${Math.floor(g.lat / step)},${Math.floor(g.lon / step)},${g.type}`;
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, { ...g, sumLat: g.lat * g.n, sumLon: g.lon * g.n });
      continue;
    }
    const samePoint = cell.lat === g.lat && cell.lon === g.lon && cell.points === 1 && g.points === 1;
    cell.sumLat += g.lat * g.n;
    cell.sumLon += g.lon * g.n;
    cell.n += g.n;
    if (!samePoint) cell.points += g.points;
    if (cell.placeName !== g.placeName) cell.placeName = samePoint ? (cell.placeName ?? g.placeName) : null;
    if (cell.admin1 !== g.admin1) cell.admin1 = null;
    if (cell.precision !== g.precision) cell.precision = 'site';
  }
  return [...cells.values()].map(({ sumLat, sumLon, ...g }) =>
    g.points === 1 ? g : { ...g, lat: Math.round((sumLat / g.n) * 1e4) / 1e4, lon: Math.round((sumLon / g.n) * 1e4) / 1e4 },
  );
}
