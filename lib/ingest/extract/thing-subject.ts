import { tagSentence } from './pos-tags';

/**
 * Goods, vehicles and money cross bridges and go missing too: "trucks crossing the bridge", "tons of ore
 * disappeared". A verb of escape whose grammatical subject is such a thing reports no person fleeing.
 */
const THING_WORDS =
  '(?:goods|cargo|freight|trucks?|lorr(?:y|ies)|vehicles?|trains?|wagons?|ore|concentrate|coal|shipments?|consignments?|money|cash|funds?|materials?|equipment|supplies|grain|rice|fertili[sz]er|copper|steel|tons?|tonnes?|prices?|trade|exports?|imports?|products?|parcels?|packages?|phones?|files?|data|documents?|fuel|oil|timber|wire|cables?|metal|scrap|livestock|cattle|signals?|smoke|water|floodwaters?|references?|mentions?|slogans?|posters?|portraits?|images?|words?|phrases?|songs?|content)';
const THINGS = new RegExp(`^${THING_WORDS}$`, 'i');
// "goods with Korean writing on them have disappeared": a thing described by a phrase of its own, then the verb.
const DESCRIBED_THING_BEFORE = new RegExp(
  String.raw`\b${THING_WORDS}\s+(?:with|from|of|in|on|for|to|about|bearing|carrying|made in)\b[^,.;]{0,40}?\s+(?:(?:have|has|had|were|was)\s+)?(?:also\s+|all\s+|quickly\s+)?$`,
  'i',
);
// "tons of copper wire", "sacks of rice": an amount of a substance.
const MEASURE_OF = /\b(?:tons?|tonnes?|kilo(?:gram)?s|kg|sacks|bags|boxes|crates|truckloads|cartons|containers|barrels|litres|liters)\s+of\b/i;

function isMeasureOf(phrase: string): boolean {
  return MEASURE_OF.test(phrase);
}

// Between a subject and the trigger: auxiliaries, adverbs and other verbs ("trucks have also been seen crossing").
const CHAIN = new Set(['AUX', 'ADV', 'PART', 'VERB']);
const MAX_CHAIN = 5;

/** Whether the verb at `start` has a thing, not a person, as its subject (the nearest noun before its verb chain). */
export function hasThingSubject(sentence: string, start: number): boolean {
  if (DESCRIBED_THING_BEFORE.test(sentence.slice(Math.max(0, start - 90), start))) return true;
  const tokens = tagSentence(sentence);
  const first = tokens.findIndex((t) => t.start >= start);
  for (let i = first - 1; i >= 0 && first - i <= MAX_CHAIN; i--) {
    // The tagger reads some mass nouns as verbs ("iron ore concentrate disappeared"), so the word decides.
    if (THINGS.test(tokens[i].text)) return true;
    if (!CHAIN.has(tokens[i].pos)) return isMeasureOf(tokens.slice(Math.max(0, i - 4), i + 1).map((t) => t.text).join(' '));
  }
  return false;
}
