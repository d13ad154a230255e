import { getAllPlaces } from '@/lib/geo/gazetteer';
import type { PlaceMention } from '@/lib/geo/gazetteer';
import { haversineKm } from '@/lib/geo/haversine';
import type { Place } from '@/lib/geo/types';
import { isBorderCrossing } from './handover';

// A town this close to a bridge or customs post is one of its two ends (Sinuiju and Dandong, Namyang and Tumen).
const END_KM = 8;

// "the bridge", "the border bridge", "the customs post", "the border crossing": a crossing named by its kind only.
const CROSSING_NOUN = /\b(?:the|a)\s+(?:(?:border|river|road|rail(?:way)?|old|new|main)\s+)?(bridge|customs(?:\s+(?:post|house|office|checkpoint))?|border (?:crossing|checkpoint)|crossing point)\b/gi;
// "the bridge between Tumen and Namyang", "across the bridge to Namyang", "the bridge at Ji'an", "the customs post in
// Sinuiju": the towns that tell which crossing it is.
const FIRST_END = /^\s+(?:between|linking|connecting|joining|from|to|into|at|in|near|outside|over to|across to|leading (?:to|into))\s+(?:the\s+)?(?:(?:city|town|county) of\s+)?$/i;
const SECOND_END = /^\s+(?:and|to|with)\s+(?:the\s+)?$/i;

let endsCache: Map<string, Place[]> | null = null;

/** Crossings by the towns at their ends. */
function crossingsByEnd(): Map<string, Place[]> {
  if (endsCache) return endsCache;
  const places = getAllPlaces();
  const crossings = places.filter(isBorderCrossing);
  endsCache = new Map();
  for (const p of places) {
    if (p.level === 'country' || p.level === 'province' || p.area || isBorderCrossing(p)) continue;
    const near = crossings.filter((c) => haversineKm(c.lat, c.lon, p.lat, p.lon) <= END_KM);
    if (near.length) endsCache.set(p.id, near);
  }
  return endsCache;
}

function ofKind(noun: string, crossings: Place[]): Place[] {
  const kind = /^bridge$/i.test(noun) ? '-bridge' : /^customs/i.test(noun) ? '-customs' : '';
  const same = crossings.filter((c) => c.id.endsWith(kind));
  return same.length ? same : crossings;
}

/**
 * A bridge or customs post named by its kind and its towns ("the bridge between Tumen and Namyang", "across the bridge
 * at Ji'an"): the crossing itself, as a mention over the noun, with the towns that only tell it apart. Empty where
 * the sentence names no crossing this way or its towns end no crossing the gazetteer knows.
 */
export function findCrossingNames(sentence: string, mentions: PlaceMention[]): { crossing: PlaceMention; ends: PlaceMention[] }[] {
  const found: { crossing: PlaceMention; ends: PlaceMention[] }[] = [];
  const byEnd = crossingsByEnd();
  for (const match of sentence.matchAll(CROSSING_NOUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const first = mentions.find((m) => m.start >= end && FIRST_END.test(sentence.slice(end, m.start)));
    if (!first) continue;
    const second = mentions.find((m) => m.start >= first.end && SECOND_END.test(sentence.slice(first.end, m.start)));
    const ends = second ? [first, second] : [first];
    const options = ofKind(match[1], ends.flatMap((m) => byEnd.get(m.place.id) ?? []));
    if (!options.length) continue;
    // Both towns named: the crossing that joins them; one: the nearest crossing of the kind named.
    const counts = new Map<string, number>();
    for (const c of options) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
    const place = options.reduce((a, b) =>
      (counts.get(b.id) ?? 0) > (counts.get(a.id) ?? 0) ||
      ((counts.get(b.id) ?? 0) === (counts.get(a.id) ?? 0) && haversineKm(b.lat, b.lon, first.place.lat, first.place.lon) < haversineKm(a.lat, a.lon, first.place.lat, first.place.lon))
        ? b
        : a,
    );
    found.push({ crossing: { place, candidates: [place], start, end, text: match[0] }, ends });
  }
  return found;
}
