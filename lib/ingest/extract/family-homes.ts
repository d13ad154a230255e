import { FAMILY_RE } from './lexicon';
import { rankPlace } from './place-rank';
import type { Mention, SentencePlaces } from './types';

// "His parents live in Chongjin and his sister in Kyongsong": homes of the relatives just said to be punished.
const LIVES_IN = /\b(?:live|lives|living|lived|reside|resides|residing)\s+in\b/i;

/**
 * When a sentence with no event of its own says where the relatives punished in the sentence before live, each
 * town it names is one more place of that punishment. The new mentions count as told with the first one, and
 * all of them are marked as listed, so merging keeps neighbouring towns apart.
 */
export function addFamilyHomes(text: string, places: SentencePlaces, mentions: Mention[]): void {
  if (!LIVES_IN.test(text) || !FAMILY_RE.test(text)) return;
  const previous = mentions.filter((m) => m.type === 'family_punishment' && m.sentence === places.index - 1);
  if (!previous.length) return;
  const homes = places.mentions.filter((m) => m.role === 'scene' && m.place.country === 'KP' && rankPlace(m.place) >= 3);
  if (!homes.length) return;
  for (const m of previous) m.listed = true;
  const base = previous[0];
  for (const home of homes) {
    if (previous.some((m) => m.place?.id === home.place.id)) continue;
    mentions.push({ ...base, place: home.place, strength: 'sentence', listed: true });
  }
}
