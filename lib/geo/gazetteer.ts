/**
 * Place names → places, for North Korea and its Chinese and Russian border. Data: data/gazetteer/places.json
 * (built by scripts/build-gazetteer.ts from GeoNames and our hand-checked additions).
 */
import { NAME_INDEX, PLACE_BY_ID, PLACE_ORDER, PLACES } from '@/lib/geo/gazetteer-index';
import { LEVEL_DETAIL } from '@/lib/geo/place-level';
import { foldName, levelHintOf, normaliseName } from '@/lib/geo/normalise-name';
import type { Place } from '@/lib/geo/types';

export { findPlaceMentions, type PlaceMention } from '@/lib/geo/find-place-mentions';
export { getAncestors } from '@/lib/geo/get-ancestors';

export function getPlace(id: string): Place | undefined {
  return PLACE_BY_ID.get(id);
}

export function getAllPlaces(): readonly Place[] {
  return PLACES;
}

/**
 * Every place one of whose names matches `name` after normalisation, most specific level first. A place
 * spelled exactly as asked (level word included), then one of the level the name ends with, comes before
 * the rest, so "Jilin" and "Jilin Province" are the province and "Jilin City" the city. Run-together spellings ("Rajin Sonbong" for "RajinSonbong") are tried last.
 */
export function lookupPlaceName(name: string): Place[] {
  const key = normaliseName(name);
  const entries = NAME_INDEX.get(key) ?? NAME_INDEX.get(key.replace(/ /g, '')) ?? [];
  const folded = foldName(name);
  const exact = new Set(entries.filter((e) => e.folded === folded).map((e) => e.place));
  const hint = levelHintOf(name);
  const places = [...new Set(entries.map((e) => e.place))];
  return places.sort(
    (a, b) =>
      Number(exact.has(b)) - Number(exact.has(a)) ||
      Number(b.level === hint) - Number(a.level === hint) ||
      LEVEL_DETAIL[b.level] - LEVEL_DETAIL[a.level] ||
      (PLACE_ORDER.get(a.id) ?? 0) - (PLACE_ORDER.get(b.id) ?? 0),
  );
}
