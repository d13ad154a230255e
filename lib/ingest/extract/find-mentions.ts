import type { IncidentType } from '@/lib/taxonomy';
import { findActors } from './actors';
import { chooseDate, type DateChoice } from './choose-date';
import { chooseFallbackPlace, choosePlacesInSentence, type ArticlePlaces } from './choose-place';
import { isBackground, isGeneric } from './factuality';
import { findTriggers, type Trigger } from './find-triggers';
import { linkedDate } from './inherit-dates';
import { FAMILY_NOUN } from './lexicon';
import type { Mention } from './mention';
import type { Sentence } from './sentences';
import { findTags } from './tags';

// "They were sent to a camp" right after a family punishment, or "picked them up" right after the family is
// named, continues that punishment.
const CONTINUES_FAMILY = /^[“"]?(?:they|their|them|the (?:family|relatives|parents|children))\b/i;
const FAMILY_RE = new RegExp(`\\b${FAMILY_NOUN}\\b`, 'i');

function retype(trigger: Trigger, sentence: Sentence, previous: { types: Set<IncidentType>; text: string }): IncidentType {
  if (trigger.type !== 'trial' && trigger.type !== 'arrest') return trigger.type;
  const afterPunishment = previous.types.has('family_punishment') && CONTINUES_FAMILY.test(sentence.text);
  const pronounForFamily = FAMILY_RE.test(previous.text) && /\b(?:they|them)\b/i.test(sentence.text.slice(0, trigger.start));
  return afterPunishment || pronounForFamily ? 'family_punishment' : trigger.type;
}

// An incident carried out by a foreign force happens in that force's country.
function foreignCountry(text: string): string | null {
  if (/\b(?:MSS|state security|social security|soldiers|party)\b/i.test(text)) return null;
  if (/\bChinese (?:border guards?|police|public security|authorities|security)|\b(?:by )?the Chinese (?:have|has|are|were|had|about|authorities)\b|\bby the Chinese\b/i.test(text)) return 'CN';
  if (/\bRussian (?:police|intelligence|authorities|security)/i.test(text)) return 'RU';
  return null;
}

/** Every factual incident mention in the article's sentences, with its place, date, actors and tags. */
export function findMentions(sentences: Sentence[], places: ArticlePlaces, publishedAt: string | null): Mention[] {
  const mentions: Mention[] = [];
  let previousTypes = new Set<IncidentType>();
  let lastDated: DateChoice | null = null;
  let previousText = '';
  for (const sentence of sentences) {
    // Generic talk only counts when it comes before or around the trigger ("those who cross the border").
    const triggers = isBackground(sentence.text)
      ? []
      : findTriggers(sentence.text).filter((t) => !isGeneric(sentence.text.slice(0, t.end + 20)));
    const sp = places.sentences[sentence.index];
    const types = new Set<IncidentType>();
    const actors = findActors(sentence.text);
    const tags = findTags(sentence.text);
    for (const trigger of triggers) {
      const type = retype(trigger, sentence, { types: previousTypes, text: previousText });
      types.add(type);
      const own = chooseDate(sentence.text, trigger.start, triggers.map((t) => t.start), publishedAt);
      const date = own.mentioned ? own : (linkedDate(sentence.text, lastDated) ?? own);
      const base = { type, sentence: sentence.index, evidence: sentence.text, date, actors, tags };
      // An arrest or search by a foreign force happens in its country, whatever home town the sentence names.
      const foreign = type === 'arrest' || type === 'crackdown' ? foreignCountry(sentence.text) : null;
      const usable = foreign ? sp.mentions.filter((m) => m.place.country === foreign) : sp.mentions;
      const placed = choosePlacesInSentence(sentence.text, { ...trigger, type }, triggers, usable);
      // A place the sentence gives another trigger is only a weak hint for this one.
      if (placed.places.length) for (const place of placed.places) mentions.push({ ...base, place, strength: placed.owned ? 'sentence' : 'paragraph' });
      else mentions.push({ ...base, ...chooseFallbackPlace(type, sp, places, foreign) });
    }
    previousTypes = types;
    previousText = sentence.text;
    const dated = mentions.filter((m) => m.date.date).at(-1);
    if (dated) lastDated = dated.date;
  }
  return mentions;
}
