/**
 * Name keys for the gazetteer. Spellings of one place differ in case, breves (Ŏ ŭ), apostrophes (Ch'ŏngjin),
 * hyphens (Hyesan-si) and in the administrative word that follows the name (County, -gun, 군); a key drops
 * all of those so that each spelling meets its place in one Map lookup.
 */
import type { PlaceLevel } from '@/lib/geo/types';
import { foldText } from '@/lib/text/fold-text';

/** Latin words that name an administrative level rather than a place. */
const LATIN_SUFFIXES = new Set([
  'county', 'gun', 'kun', 'city', 'si', 'shi', 'district', 'guyok', 'kuyok', 'guyeok', 'gu', 'ku',
  'province', 'do', 'to', 'workers', 'worker', 'rodongjagu', 'nodongjagu', 'lodongjagu', 'ri', 'ni', 'li',
  'up', 'eup', 'krai', 'prefecture',
]);

/** Hangul endings for the same, longest first so 로동자구 wins over 구. */
const HANGUL_SUFFIXES = ['특별시', '직할시', '로동자구', '노동자구', '구역', '지구', '시', '군', '구', '도', '읍', '리'];

const HANGUL_RUN = /^[\uac00-\ud7a3]+$/;

/** The level a trailing word announces: "Sunam District" is a district, "Jilin Province" a province. */
const SUFFIX_LEVEL: Record<string, PlaceLevel> = {
  county: 'county', gun: 'county', kun: 'county', 군: 'county', city: 'city', si: 'city', shi: 'city', 시: 'city',
  district: 'district', guyok: 'district', kuyok: 'district', guyeok: 'district', gu: 'district', ku: 'district', 구역: 'district',
  province: 'province', do: 'province', to: 'province', krai: 'province', 도: 'province',
  workers: 'site', rodongjagu: 'site', nodongjagu: 'site', lodongjagu: 'site', 로동자구: 'site', 노동자구: 'site',
};

export function levelOfSuffix(word: string): PlaceLevel | null {
  return SUFFIX_LEVEL[word] ?? null;
}

/** The level named by the last word of `input`, if that word is a level word. */
export function levelHintOf(input: string): PlaceLevel | null {
  const words = foldName(input).split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && LATIN_SUFFIXES.has(last)) return levelOfSuffix(last);
  if (HANGUL_RUN.test(last)) {
    const suffix = HANGUL_SUFFIXES.find((s) => last.endsWith(s) && last.length - s.length >= 1);
    return suffix ? levelOfSuffix(suffix) : null;
  }
  return null;
}

/** Lower case, no diacritics or apostrophes, words separated by single spaces; keeps suffix words. */
export function foldName(input: string): string {
  return foldText(input)
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isLatinSuffix(word: string): boolean {
  return LATIN_SUFFIXES.has(word);
}

/** The Hangul level ending at the start of `rest`, e.g. "시" in "시에서", or '' when none. */
export function matchHangulSuffix(rest: string): string {
  return HANGUL_SUFFIXES.find((suffix) => rest.startsWith(suffix)) ?? '';
}

/** Drops a trailing Hangul level word when at least two syllables remain (신도 stays 신도). */
export function stripHangulSuffix(word: string): string {
  for (const suffix of HANGUL_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 2) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The lookup key: folded, with trailing level words removed as long as a name word remains. */
export function normaliseName(input: string): string {
  const words = foldName(input).split(' ').filter(Boolean);
  while (words.length > 1 && LATIN_SUFFIXES.has(words[words.length - 1])) words.pop();
  const last = words.length - 1;
  if (last >= 0 && HANGUL_RUN.test(words[last])) words[last] = stripHangulSuffix(words[last]);
  return words.join(' ');
}
