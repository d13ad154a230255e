import { haversineKm } from '@/lib/geo/haversine';
import type { Place } from '@/lib/geo/types';

/** How close another named place must lie for a shared site name to be read as the one beside it. */
const NEIGHBOUR_KM = 15;

/**
 * Of the readings of a shared site name ("the Friendship Bridge": Sinuiju's or Tumangang's), the one with a place
 * the same article names a few km away (Khasan), when the first reading has none; otherwise null. Only sites:
 * towns and counties that share a name are told apart by their province, not by a neighbour.
 */
export function readingNearNamedPlaces(candidates: readonly Place[], named: readonly Place[]): Place | null {
  if (candidates.length < 2 || candidates[0].level !== 'site') return null;
  const readings = new Set(candidates.map((c) => c.id));
  const others = named.filter((p) => !readings.has(p.id));
  const near = (c: Place) => others.some((p) => haversineKm(c.lat, c.lon, p.lat, p.lon) <= NEIGHBOUR_KM);
  if (near(candidates[0])) return null;
  return candidates.slice(1).find((c) => c.level === 'site' && near(c)) ?? null;
}
