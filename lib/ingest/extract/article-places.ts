import { lookupPlaceName } from '@/lib/geo/gazetteer';
import { readingNearNamedPlaces } from '@/lib/geo/near-reading';
import type { Place } from '@/lib/geo/types';
import { rankPlace } from './place-rank';
import { findRoledMentions } from './place-roles';
import type { ArticlePlaces, Sentence, SentencePlaces } from './types';

function byFrequency(counts: Map<string, { place: Place; n: number; first: number }>): Place[] {
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((c) => c.place);
}

/**
 * Place mentions of every sentence, plus the article's recurring scene places ("focus": towns first, then
 * provinces, then foreign countries) and the informants' home places, for incidents whose sentence names none.
 */
export function collectArticlePlaces(title: string, sentences: Sentence[]): ArticlePlaces {
  const perSentence: SentencePlaces[] = sentences.map((s) => ({
    mentions: findRoledMentions(s.text),
    paragraph: s.paragraph,
    index: s.index,
  }));
  // "returned at the Friendship Bridge" in a story that names Khasan elsewhere: the bridge beside Khasan.
  const named = perSentence.flatMap((s) => s.mentions.map((m) => m.place));
  for (const s of perSentence) {
    s.mentions = s.mentions.map((m) => {
      const near = readingNearNamedPlaces(m.candidates, named);
      return near ? { ...m, place: near } : m;
    });
  }
  // "Border guard unit on Tumen replaced" in a story about "the Tumen River": the bare name is the river it names.
  const rivers = new Set(named.filter((p) => p.area).map((p) => p.id));
  const titleMentions = findRoledMentions(title).map((m) => {
    const river = m.place.area ? null : lookupPlaceName(`${m.text} River`).find((p) => rivers.has(p.id));
    return river ? { ...m, place: river } : m;
  });
  const tiers = [new Map(), new Map(), new Map()] as Map<string, { place: Place; n: number; first: number }>[];
  const sources: Place[] = [];
  const all = [titleMentions, ...perSentence.map((s) => s.mentions)];
  all.forEach((mentions, order) => {
    // "the Joint Security Area at Panmunjom" names one place twice; a sentence counts each place once.
    const counted = new Set<string>();
    for (const m of mentions) {
      if (m.role === 'source') {
        if (!sources.some((p) => p.id === m.place.id)) sources.push(m.place);
        continue;
      }
      if (m.role !== 'scene') continue;
      const rank = rankPlace(m.place);
      // North Korea itself says nothing about where; it is the default anyway.
      if (rank === 1 && m.place.country === 'KP') continue;
      const tier = rank >= 3 ? tiers[0] : rank === 2 ? tiers[1] : tiers[2];
      if (counted.has(m.place.id)) continue;
      counted.add(m.place.id);
      const entry = tier.get(m.place.id) ?? { place: m.place, n: 0, first: order };
      // The headline names the main event's place.
      entry.n += order === 0 ? 2 : 1;
      tier.set(m.place.id, entry);
    }
  });
  return { sentences: perSentence, focus: tiers.flatMap(byFrequency), sources };
}
