import { NAME_INDEX, PLACE_ORDER } from '@/lib/geo/gazetteer-index';
import { LEVEL_DETAIL } from '@/lib/geo/place-level';
import { lookupPlaceName } from '@/lib/geo/gazetteer';
import { normaliseName } from '@/lib/geo/normalise-name';
import { romaniseHangul } from '@/lib/geo/romanise-hangul';
import type { Place } from '@/lib/geo/types';

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * Places for a search box: exact names first (any romanisation, or Hangul), then names that start with
 * what was typed, most specific level first. "Chongjin", "Ch'ŏngjin", "청진" and "chong" all find Chongjin.
 */
export function searchPlaces(query: string, limit = 10): Place[] {
  const text = query.trim().slice(0, 100);
  if (!text) return [];
  const keys = [normaliseName(text)];
  if (HANGUL.test(text)) keys.push(normaliseName(romaniseHangul(text)));
  const exact = keys.flatMap((k) => lookupPlaceName(k));
  const prefixed: Place[] = [];
  for (const key of keys.filter((k) => k.length >= 2)) {
    for (const [name, entries] of NAME_INDEX) if (name.startsWith(key)) prefixed.push(...entries.map((e) => e.place));
  }
  const rest = [...new Set(prefixed)].filter((p) => !exact.includes(p));
  rest.sort((a, b) => LEVEL_DETAIL[a.level] - LEVEL_DETAIL[b.level] || (PLACE_ORDER.get(a.id) ?? 0) - (PLACE_ORDER.get(b.id) ?? 0));
  return [...new Set([...lookupPlaceName(text), ...exact, ...rest])].slice(0, limit);
}
