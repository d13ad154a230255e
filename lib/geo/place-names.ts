/**
 * An incident's place (its stored name and province) back to the gazetteer, for what the gazetteer knows
 * beyond the display name: the Korean name to show beside it, and every spelling of it and of its parents for
 * search ("Hoeryeong", "회령" and "North Hamgyong" all find an incident in Hoeryong).
 */
import { findPlaceMentions, getAncestors, lookupPlaceName } from '@/lib/geo/gazetteer';
import type { Place } from '@/lib/geo/types';

const HANGUL = /^[\uac00-\ud7a3 ]+$/;

const resolved = new Map<string, Place | null>();

/** The gazetteer place an incident's `placeName` ("Sunam District, Chongjin") and `admin1` point at, or null. */
export function findIncidentPlace(placeName: string | null, admin1: string | null): Place | null {
  const key = `${placeName ?? ''}|${admin1 ?? ''}`;
  if (!resolved.has(key)) {
    const names = [placeName?.split(',')[0], placeName, placeName ? null : admin1].filter((n): n is string => Boolean(n?.trim()));
    let place: Place | null = null;
    for (const name of names) {
      const candidates = lookupPlaceName(name.trim());
      place = candidates.find((p) => !admin1 || p.admin1 === admin1) ?? null;
      if (place) break;
    }
    // A described place ("Village near Hoeryong"): the gazetteer place the words name.
    if (!place && placeName) {
      place = findPlaceMentions(placeName).map((m) => m.place).find((p) => !admin1 || p.admin1 === admin1) ?? null;
    }
    if (resolved.size > 10_000) resolved.clear();
    resolved.set(key, place);
  }
  return resolved.get(key)!;
}

/**
 * The Korean name to show beside the romanised one: the province's full name (함경북도), or for a city,
 * county or district its short form without the level ending (회령, not 회령시), as the aliases hold it.
 */
export function getKoreanName(place: Place): string | null {
  const hangul = [place.nativeName, ...place.aliases].filter((n): n is string => Boolean(n && HANGUL.test(n) && n.length >= 2));
  if (place.level === 'province' || place.level === 'country') return place.nativeName && HANGUL.test(place.nativeName) ? place.nativeName : null;
  // The short form of the place's own Korean name first (라선 for 라선시, not the variant 나선).
  const own = (n: string) => (place.nativeName?.startsWith(n) ? 0 : 1);
  return hangul.sort((a, b) => own(a) - own(b) || a.length - b.length)[0] ?? null;
}

/** The Korean name of an incident's place, or null when the gazetteer has none. */
export function findKoreanPlaceName(placeName: string | null, admin1: string | null): string | null {
  const place = findIncidentPlace(placeName, admin1);
  return place ? getKoreanName(place) : null;
}

/**
 * "Hoeryong (회령)": the romanised name with the Korean one beside it when known and not already there; in a
 * name with its parent ("Sunam District, Chongjin") it goes beside the first part, which it names.
 */
export function withKoreanName(name: string, korean: string | null): string {
  if (!korean || name.includes(korean)) return name;
  const comma = name.indexOf(',');
  return comma < 0 ? `${name} (${korean})` : `${name.slice(0, comma)} (${korean})${name.slice(comma)}`;
}

/**
 * Every spelling of the place and of its parents up to the province (not the country, which every incident
 * shares), for the search text (which folds accents and breves away itself).
 */
export function listPlaceSearchNames(placeName: string | null, admin1: string | null): string[] {
  const place = findIncidentPlace(placeName, admin1);
  if (!place) return [];
  const chain = [place, ...getAncestors(place.id)].filter((p) => p.level !== 'country');
  const names = chain.flatMap((p) => [p.name, ...p.aliases, ...(p.nativeName ? [p.nativeName] : [])]);
  return [...new Set(names)];
}

