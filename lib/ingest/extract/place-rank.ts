import { getAncestors } from '@/lib/geo/gazetteer';
import { LEVEL_DETAIL } from '@/lib/geo/place-level';
import type { Place } from '@/lib/geo/types';
import type { IncidentType } from '@/lib/taxonomy';
import type { RoledMention } from './types';

// Province-level cities are towns to a reader: "in Pyongyang" is as specific as "in Hamhung".
const PROVINCE_LEVEL_CITIES = new Set(['kp-pyongyang', 'kp-rason', 'kp-nampo']);

export function isProvinceLevelCity(place: Place): boolean {
  return PROVINCE_LEVEL_CITIES.has(place.id);
}

/** How specific a place is to a reader, on the LEVEL_DETAIL scale (higher is more specific). */
export function rankPlace(place: Place): number {
  // A river or the MDL says less than a town beside it: "crossed the Tumen near Hoeryong" is Hoeryong.
  if (place.area) return LEVEL_DETAIL.province;
  if (isProvinceLevelCity(place)) return LEVEL_DETAIL.city;
  return LEVEL_DETAIL[place.level] ?? 0;
}

export function isAncestorOf(ancestor: Place, place: Place): boolean {
  return getAncestors(place.id).some((p) => p.id === ancestor.id);
}

export function areRelated(a: Place, b: Place): boolean {
  return a.id === b.id || isAncestorOf(a, b) || isAncestorOf(b, a);
}

// Courts, camps and family punishments happen inside North Korea whatever else the article names.
const DOMESTIC_TYPES: IncidentType[] = ['trial', 'execution', 'family_punishment'];
const CROSS_BORDER_TYPES: IncidentType[] = ['defection', 'repatriation'];

export function isUsableFor(type: IncidentType, m: RoledMention): boolean {
  // "crossed the MDL into South Korea in Cheorwon": the South's border towns and islands (the only ones the gazetteer
  // holds) are where a crossing ends, so there the destination is the scene.
  if (m.role === 'destination' && type === 'defection' && m.place.country === 'KR' && m.place.level !== 'country') return true;
  if (m.role === 'source' || m.role === 'destination' || m.role === 'scope') return false;
  if (m.role === 'origin' && !CROSS_BORDER_TYPES.includes(type)) return false;
  return isPlaceAllowedFor(type, m.place);
}

export function isPlaceAllowedFor(type: IncidentType, place: Place): boolean {
  // "North Korea" as a whole says nothing about where; unplaced incidents get the country anyway.
  if (place.level === 'country' && (place.country === 'KR' || place.country === 'KP')) return false;
  // The South's towns on the MDL and the western islands are where a crossing ends; nothing else happens there.
  if (place.country === 'KR') return type === 'defection';
  if (place.country === 'KP') return true;
  // Sessions for workers abroad happen at a named site there, not in "China" at large.
  if (type === 'indoctrination') return place.level !== 'country';
  return !DOMESTIC_TYPES.includes(type);
}

/** The most specific place; among equals, the one nearest to `anchor` (a character offset). */
export function pickMostSpecific(mentions: RoledMention[], anchor: number): RoledMention | null {
  let best: RoledMention | null = null;
  for (const m of mentions) {
    if (!best) {
      best = m;
      continue;
    }
    const dr = rankPlace(m.place) - rankPlace(best.place);
    if (dr > 0 || (dr === 0 && Math.abs(m.start - anchor) < Math.abs(best.start - anchor))) best = m;
  }
  return best;
}
