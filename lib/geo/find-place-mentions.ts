/**
 * Place names in free text, each resolved with the rest of the text as context: a reading whose parent
 * (city, province, country) is also named wins, then one spelled exactly as written, then one whose level
 * matches the level word that followed ("Sunam District"), then cities over counties over districts.
 */
import { PLACE_ORDER } from '@/lib/geo/gazetteer-index';
import { getAncestors } from '@/lib/geo/get-ancestors';
import { matchPlaceNames, type RawMatch } from '@/lib/geo/match-place-names';
import { foldName } from '@/lib/geo/normalise-name';
import { tokeniseText } from '@/lib/geo/tokenise-text';
import type { Place, PlaceLevel } from '@/lib/geo/types';

export type PlaceMention = { place: Place; candidates: Place[]; start: number; end: number; text: string };

const LEVEL_PRIOR: Record<PlaceLevel, number> = { city: 0.3, county: 0.2, district: 0.1, site: 0, province: 0.25, country: 0.25 };

/** Where each place id was named: a parent named close by says more than one named paragraphs away. */
type Positions = Map<string, number[]>;

function ancestorBonus(place: Place, match: RawMatch, positions: Positions): number {
  let bonus = 0;
  for (const ancestor of getAncestors(place.id)) {
    // A name's own other readings ("Jilin" is also Jilin City's province) are not context.
    const at = positions.get(ancestor.id)?.filter((p) => p !== match.start);
    if (!at?.length) continue;
    const distance = Math.min(...at.map((p) => Math.abs(p - match.start)));
    bonus += 8 + 4 * (1 - Math.min(distance, 400) / 400);
  }
  return bonus;
}

function scoreCandidate(place: Place, match: RawMatch, positions: Positions): number {
  const surface = foldName(match.surface);
  const exact = match.entries.some((e) => e.place === place && e.folded === surface);
  return ancestorBonus(place, match, positions) + (exact ? 4 : 0) + (match.levelHint === place.level ? 3 : 0) + LEVEL_PRIOR[place.level];
}

function rankCandidates(match: RawMatch, mentioned: Positions): Place[] {
  const places = [...new Set(match.entries.map((e) => e.place))];
  if (places.length === 1) return places;
  const scores = new Map(places.map((p) => [p, scoreCandidate(p, match, mentioned)]));
  return places.sort((a, b) => scores.get(b)! - scores.get(a)! || PLACE_ORDER.get(a.id)! - PLACE_ORDER.get(b.id)!);
}

// "along the Yalu and Tumen rivers", "the Tumen and Yalu rivers": names shared by "rivers" are the rivers, not the
// towns named after them.
const RIVERS_AFTER = /^(?:\s*(?:,|and|or)\s+(?:the\s+)?[A-Z][\w'’-]*)*\s+[Rr]ivers\b/;

function asRiver(match: RawMatch, text: string): RawMatch {
  if (!RIVERS_AFTER.test(text.slice(match.end, match.end + 60))) return match;
  const name = `${text.slice(match.start, match.end)} River`;
  const river = matchPlaceNames(name, tokeniseText(name)).find((m) => m.start === 0 && m.end === name.length);
  return river ? { ...match, entries: river.entries } : match;
}

// "a woman in Songchon-dong": a name followed by "-dong" is a town's neighbourhood, not the county of that name.
const NEIGHBOURHOOD_AFTER = /^(?:-|\s)dong\b/i;

export function findPlaceMentions(text: string): PlaceMention[] {
  const matches = matchPlaceNames(text, tokeniseText(text))
    .filter((m) => !NEIGHBOURHOOD_AFTER.test(text.slice(m.end, m.end + 6)))
    .map((m) => asRiver(m, text));
  const mentioned: Positions = new Map();
  for (const m of matches) {
    for (const id of new Set(m.entries.map((e) => e.place.id))) mentioned.set(id, [...(mentioned.get(id) ?? []), m.start]);
  }
  return matches.map((match) => {
    const candidates = rankCandidates(match, mentioned);
    return { place: candidates[0], candidates, start: match.start, end: match.end, text: text.slice(match.start, match.end) };
  });
}
