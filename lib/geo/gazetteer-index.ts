/**
 * The gazetteer loaded once per process: places by id and every spelling by its normalised key. Built at
 * module load so that lookups and text scans are Map reads.
 */
import raw from '@/data/gazetteer/places.json';
import { foldName, normaliseName } from '@/lib/geo/normalise-name';
import type { Place } from '@/lib/geo/types';

type GazetteerFile = { strict: Record<string, true | string[]>; places: Place[] };

/**
 * One spelling of one place. `strict` spellings need a level word after them in free text. `apostrophe` marks a
 * strict fold that the place also spells with an apostrophe ("Ji'an" beside the personal name "Jian"): written
 * with one, it needs no level word.
 */
export type NameEntry = { place: Place; folded: string; strict: boolean; apostrophe?: boolean };

const file = raw as unknown as GazetteerFile;

export const PLACES: readonly Place[] = file.places;
export const PLACE_BY_ID: ReadonlyMap<string, Place> = new Map(PLACES.map((p) => [p.id, p]));
export const PLACE_ORDER: ReadonlyMap<string, number> = new Map(PLACES.map((p, i) => [p.id, i]));

function buildNameIndex(): Map<string, NameEntry[]> {
  const index = new Map<string, NameEntry[]>();
  for (const place of PLACES) {
    const strictRule = file.strict[place.id];
    const strictNames = new Set(Array.isArray(strictRule) ? strictRule.map(foldName) : []);
    const names = [place.name, ...place.aliases, ...(place.nativeName ? [place.nativeName] : [])];
    if (Array.isArray(strictRule)) names.push(...strictRule);
    for (const name of names) {
      const key = normaliseName(name);
      if (!key) continue;
      const folded = foldName(name);
      const strict = strictRule === true || strictNames.has(folded);
      const entries = index.get(key) ?? [];
      const same = entries.find((e) => e.place === place && e.folded === folded);
      const apostrophe = strict && /['’]/.test(name) && !(Array.isArray(strictRule) && strictRule.includes(name));
      if (same) same.apostrophe ||= apostrophe;
      else entries.push({ place, folded, strict, ...(apostrophe ? { apostrophe } : {}) });
      index.set(key, entries);
    }
  }
  return index;
}

export const NAME_INDEX: ReadonlyMap<string, NameEntry[]> = buildNameIndex();

/** Longest key in words (Latin, Cyrillic) and in characters (Hangul, Han), to bound the text scan. */
export const MAX_KEY_WORDS = Math.max(...[...NAME_INDEX.keys()].map((k) => k.split(' ').length));
export const MAX_KEY_CHARS = Math.max(...[...NAME_INDEX.keys()].filter((k) => !k.includes(' ')).map((k) => k.length));

/** First words of all multi-script keys: most capitalised words start no name, and are skipped at once. */
export const FIRST_WORDS: ReadonlySet<string> = new Set([...NAME_INDEX.keys()].map((k) => k.split(' ')[0]));
