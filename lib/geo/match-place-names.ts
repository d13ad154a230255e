/**
 * The raw scan behind findPlaceMentions: every gazetteer spelling found in the tokens, longest first and
 * non-overlapping, with the level word that followed it. Guards against false hits: Latin names must be
 * capitalised, "strict" names (Chung, Kim Jong Suk…) need a level word, short Hangul names need 시/군/구역,
 * and a name followed by River or Mountains is the river or range, not the town.
 */
import { FIRST_WORDS, MAX_KEY_CHARS, MAX_KEY_WORDS, NAME_INDEX, type NameEntry } from '@/lib/geo/gazetteer-index';
import { isLatinSuffix, levelOfSuffix, matchHangulSuffix } from '@/lib/geo/normalise-name';
import type { Token } from '@/lib/geo/tokenise-text';
import type { PlaceLevel } from '@/lib/geo/types';

export type RawMatch = { start: number; end: number; surface: string; entries: NameEntry[]; levelHint: PlaceLevel | null };

/** Level words that may follow a name after a space; the rest ("do", "si", "up") only after a hyphen. */
const SPACED_SUFFIXES = new Set(['county', 'city', 'district', 'province', 'prefecture', 'krai', 'workers', 'guyok', 'kuyok', 'rodongjagu', 'nodongjagu', 'lodongjagu']);
/** Capitalised words that are names of people far more often than of places; never a bare match. */
const PERSONAL_NAMES = new Set(['kim', 'un', 'ryu', 'jung', 'chung', 'jong', 'hasan', 'artem', 'insan', 'sin']);
const NOT_A_TOWN = new Set(['river', 'mountains', 'mountain', 'range', 'lake', 'bay', 'stream', 'plateau']);
/** Hangul spellings of places at these levels are distinctive enough to match without a level word. */
const BARE_HANGUL_LEVELS = new Set<PlaceLevel>(['city', 'province', 'country']);

function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Words in one name are joined by spaces or hyphens; a full stop only after an initial (N. Korea). */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = gapBetween(text, a, b);
  return /^[\s\-–]{1,3}$/.test(gap) || (a.text.length <= 2 && /^\.\s?$/.test(gap));
}

function matchLatin(text: string, tokens: Token[], i: number): RawMatch | null {
  if (!FIRST_WORDS.has(tokens[i].fold)) return null;
  // Names are capitalised; a lower-case start only counts for numbered sites ("political prison camp No. 25").
  const lower = !tokens[i].capital;
  // Keys for 1..n words, growing while the words stay joined, then tried longest first.
  const keys = [tokens[i].fold];
  for (let j = i + 1; j < Math.min(i + MAX_KEY_WORDS, tokens.length); j++) {
    if (tokens[j].script !== tokens[i].script || !joinable(text, tokens[j - 1], tokens[j])) break;
    keys.push(`${keys[keys.length - 1]} ${tokens[j].fold}`);
  }
  for (let n = keys.length; n >= 1; n--) {
    const entries = NAME_INDEX.get(keys[n - 1]);
    if (!entries || (lower && !/\d/.test(keys[n - 1]))) continue;
    let end = i + n;
    let levelHint: PlaceLevel | null = null;
    while (end < tokens.length && isLatinSuffix(tokens[end].fold) && joinable(text, tokens[end - 1], tokens[end])) {
      const hyphenated = gapBetween(text, tokens[end - 1], tokens[end]).includes('-');
      if (!hyphenated && !SPACED_SUFFIXES.has(tokens[end].fold)) break;
      levelHint ??= levelOfSuffix(tokens[end].fold);
      end++;
    }
    if (end < tokens.length && NOT_A_TOWN.has(tokens[end].fold)) return null;
    const bare = end === i + n;
    if (bare && n === 1 && PERSONAL_NAMES.has(tokens[i].fold)) continue;
    const last = tokens[end - 1];
    const written = text.slice(tokens[i].start, last.end);
    const allowed = bare ? entries.filter((e) => !e.strict || (e.apostrophe && /['’]/.test(written))) : entries;
    if (allowed.length === 0) continue;
    return { start: tokens[i].start, end: last.end, surface: written, entries: allowed, levelHint };
  }
  return null;
}

/** Hangul and Han names are prefixes of a word: 혜산시에서 is 혜산 + 시 + a particle. */
function matchCjk(token: Token): RawMatch | null {
  for (let len = Math.min(MAX_KEY_CHARS, token.text.length); len >= 1; len--) {
    const entries = NAME_INDEX.get(token.text.slice(0, len));
    if (!entries) continue;
    const suffix = token.script === 'hangul' ? matchHangulSuffix(token.text.slice(len)) : '';
    const needsSuffix = (e: NameEntry) =>
      e.strict || len === 1 || (token.script === 'hangul' && len === 2 && !BARE_HANGUL_LEVELS.has(e.place.level));
    const allowed = suffix ? entries : entries.filter((e) => !needsSuffix(e));
    if (allowed.length === 0) continue;
    const end = token.start + len + suffix.length;
    return { start: token.start, end, surface: token.text.slice(0, len + suffix.length), entries: allowed, levelHint: levelOfSuffix(suffix) };
  }
  return null;
}

export function matchPlaceNames(text: string, tokens: Token[]): RawMatch[] {
  const matches: RawMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    const match = token.script === 'hangul' || token.script === 'han' ? matchCjk(token) : matchLatin(text, tokens, i);
    if (!match) {
      i++;
      continue;
    }
    matches.push(match);
    while (i < tokens.length && tokens[i].start < match.end) i++;
  }
  return matches;
}
