import type { Place } from '@/lib/geo/types';
import type { IncidentType } from '@/lib/taxonomy';
import { findActors } from './actors';
import { chooseDate } from './choose-date';
import { chooseFallbackPlace, choosePlacesInSentence } from './choose-place';
import { addFamilyHomes } from './family-homes';
import { isInternalDesertion } from './desertion';
import { isLootingRaid, isVanishedInCustody, refersToToldEvent } from './event-frames';
import { isAudienceOfToldEvent } from './audiences';
import { isAnnouncement, isBackground, isGeneric, isHabitual, isLongAgo, isRelativesEscape } from './factuality';
import { isComparisonCase, isEarlierCaseAfterCount, isTimeReference } from './other-cases';
import { findTriggers } from './find-triggers';
import { backReferenceEnd, linkedDate } from './inherit-dates';
import { crossingOfHandover } from './handover';
import { FAMILY_NOUN, FAMILY_RE } from './lexicon';
import { LASTING_TYPES } from './lexicon-control';
import { isCaughtHerself } from './relative-subjects';
import { findTags } from './tags';
import type { ArticlePlaces, DateChoice, Mention, Sentence, Trigger } from './types';

// "They were sent to a camp" right after a family punishment, or "picked them up" right after the family is
// named, continues that punishment.
const CONTINUES_FAMILY = /^[“"]?(?:they|their|them|the (?:family|relatives|parents|children))\b/i;

const OWN_VERB_AFTER = String.raw`(?:\s+(?!after\b|before\b|when\b)[\w'’,-]+){0,5}\s*$`;
const SUBJECT_BEFORE = new RegExp(String.raw`\b(?:they|them|the (?:family|relatives|parents|children))\b${OWN_VERB_AFTER}`, 'i');
const PRONOUN_BEFORE = new RegExp(String.raw`\b(?:they|them)\b${OWN_VERB_AFTER}`, 'i');

// "The wife and adult son of a trade official who fled ... have disappeared from their apartment": relatives of someone
// else who vanish are taken, not escaping.
const RELATIVES_OF_SUBJECT = new RegExp(String.raw`^[“"]?(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}?${FAMILY_NOUN}\b[^.;]{0,40}?\bof\b`, 'i');

function retype(trigger: Trigger, sentence: Sentence, previous: { types: Set<IncidentType>; text: string }): IncidentType {
  if (isCaughtHerself(sentence.text, trigger)) return 'arrest';
  if (trigger.type === 'defection' && /^(?:disappeared|vanished)\b/i.test(trigger.text) && RELATIVES_OF_SUBJECT.test(sentence.text)) return 'family_punishment';
  // "... were taken away by state security. All three have not been seen since": the relatives vanished, no escape.
  if (trigger.type === 'defection' && /^(?:has|have|had) not been/i.test(trigger.text) && previous.types.has('family_punishment')) {
    return 'family_punishment';
  }
  if (trigger.type !== 'trial' && trigger.type !== 'arrest') return trigger.type;
  // Only the pronoun's own verb continues the punishment: "They were shot ... after a short public trial" is not it.
  const before = sentence.text.slice(0, trigger.start);
  const afterPunishment = previous.types.has('family_punishment') && CONTINUES_FAMILY.test(sentence.text) && SUBJECT_BEFORE.test(before);
  const pronounForFamily = FAMILY_RE.test(previous.text) && PRONOUN_BEFORE.test(before);
  return afterPunishment || pronounForFamily ? 'family_punishment' : trigger.type;
}

// An incident carried out by a foreign force happens in that force's country.
function foreignCountry(text: string): string | null {
  if (/\b(?:MSS|state security|social security|soldiers|party)\b/i.test(text)) return null;
  if (/\bChinese (?:border guards?|police|public security|authorities|security)|\b(?:by )?the Chinese (?:have|has|are|were|had|about|authorities)\b|\bby the Chinese\b/i.test(text)) return 'CN';
  if (/\bRussian (?:police|intelligence|authorities|security)/i.test(text)) return 'RU';
  return null;
}

const FLASHBACK_BEFORE = /\bhad\s+(?:\w+ly\s+|also\s+|already\s+)?(?:been\s+)?$/i;

// Months since year 0; a bare year counts as its December, so "in 2022" is not background in early 2024.
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + (date.length >= 7 ? Number(date.slice(5, 7)) : 12);
}

function isYearsBefore(own: DateChoice, publishedAt: string | null): boolean {
  return !!own.date && !!publishedAt && monthIndex(publishedAt) - monthIndex(own.date) >= 24;
}

// "In a similar case last year, a man was arrested in 2024": a case from an earlier year recalled for comparison.
// "A similar case was reported in Sinuiju two years ago": so is one the sentence puts years back without a date.
function isRecalledCase(sentence: string, own: DateChoice, publishedAt: string | null): boolean {
  if (!isComparisonCase(sentence)) return false;
  return (!!own.date && !!publishedAt && own.date.slice(0, 4) < publishedAt.slice(0, 4)) || isLongAgo(sentence, 0);
}

// "After the disappearance, the remaining members of the crew were banned from leaving the site": measures on the people
// left behind at a workplace abroad happen where the flight did, not in the workers' home town.
const LEFT_BEHIND = /\b(?:remaining|other|rest of the) (?:[\w-]+ ){0,2}?(?:workers|staff|crew|employees|waitresses|labou?rers|loggers|members)\b|\b(?:after|since|following) (?:the|their|his|her) (?:disappearances?|escapes?|defections?|flight)\b/i;

function isAbroad(place: Place | null): place is Place {
  return !!place && place.country !== 'KP' && place.country !== 'KR' && place.level !== 'country' && place.level !== 'province';
}

function isFlashback(sentence: string, start: number): boolean {
  return FLASHBACK_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
}

/** Every factual incident mention in the article's sentences, with its place, date, actors and tags. */
export function findMentions(sentences: Sentence[], places: ArticlePlaces, publishedAt: string | null): Mention[] {
  const mentions: Mention[] = [];
  let previousTypes = new Set<IncidentType>();
  // Every type the article has told so far.
  const toldTypes = new Set<IncidentType>();
  let lastDated: DateChoice | null = null;
  const lastByType = new Map<IncidentType, DateChoice>();
  let previousText = '';
  // Where the previous sentence's mentions begin: looking back only that far keeps the scan linear.
  let previousStart = 0;
  // Where the last flight abroad the article told took place.
  let flightAbroad: Place | null = null;
  for (const sentence of sentences) {
    const ownStart = mentions.length;
    // Generic talk only counts when it comes before or around the trigger ("those who cross the border").
    const triggers = isBackground(sentence.text)
      ? []
      : findTriggers(sentence.text).filter(
          (t) => !isGeneric(sentence.text.slice(0, t.end + 20), t.type) && !isHabitual(sentence.text, t.end, t.start) && !isTimeReference(sentence.text, t.start, t.text),
        );
    const sp = places.sentences[sentence.index];
    const types = new Set<IncidentType>();
    const actors = findActors(sentence.text);
    const tags = findTags(sentence.text);
    let storyDate: DateChoice | null = null;
    // "It is the second crossing this year. In July, a man swam ...": one of the earlier cases counted, another event.
    const earlierCase = isEarlierCaseAfterCount(sentence.text, previousText);
    for (const trigger of earlierCase ? [] : triggers) {
      if (isVanishedInCustody(sentence.text, trigger, new Set([...toldTypes, ...triggers.filter((t) => t.start < trigger.start).map((t) => t.type)]))) continue;
      if (isAudienceOfToldEvent(sentence.text, trigger, toldTypes)) continue;
      const crossing = crossingOfHandover(sentence.text, trigger, sp.mentions);
      const named = crossing ? 'repatriation' : retype(trigger, sentence, { types: previousTypes, text: previousText });
      const deserted = isInternalDesertion(sentence.text, trigger, sp.mentions);
      const type = deserted || isLootingRaid(sentence.text, trigger) ? 'other' : named;
      const own = chooseDate(sentence.text, trigger.start, triggers.map((t) => t.start), publishedAt, { end: trigger.end, ongoingAfter: LASTING_TYPES.includes(type), crossing: type === 'defection' });
      // "Her daughter escaped in 2018": an event two or more years before the report is background.
      if (isYearsBefore(own, publishedAt) || isRecalledCase(sentence.text, own, publishedAt)) continue;
      types.add(type);
      // "The crackdown follows the law enacted in January": the story's own crackdown named again joins it, as an
      // announced rule does, and the sentence's date belongs to the other thing.
      const refersBack = type === 'crackdown' && refersToToldEvent(sentence.text, trigger);
      // "in mid-April, he was sentenced ... and his family was removed on the same night": a link counts from an event
      // this sentence has already dated before the one told in an earlier sentence.
      const date: DateChoice = refersBack ? { ...own, date: null, precision: 'unknown', mentioned: false } : own.mentioned ? own : (linkedDate(sentence.text, storyDate ?? lastDated, lastByType) ?? own);
      // "Police had arrested the two in July": a flashback does not move the story's clock.
      const flashback = isFlashback(sentence.text, trigger.start);
      if (own.date && !flashback) lastByType.set(type, own);
      if (date.date && !flashback) storyDate = date;
      const announcement = type === 'crackdown' && (refersBack || isAnnouncement(sentence.text, trigger.start, trigger.text));
      // "the parents of a diplomat who fled": the escape behind the punishment only adds to an escape told elsewhere.
      // "After their son deserted his unit, the father was dismissed": likewise a desertion told with its punishment.
      const background = isRelativesEscape(sentence.text, trigger.start, type) || (deserted && triggers.some((t) => t.type === 'family_punishment'));
      const base = { type, sentence: sentence.index, evidence: sentence.text, date, actors, tags, flashback, announcement, background, trigger: trigger.text.toLowerCase().replace(/\s+/g, ' ') };
      // An arrest or search by a foreign force happens in its country, whatever home town the sentence names.
      const foreign = type === 'arrest' || type === 'crackdown' ? foreignCountry(sentence.text) : null;
      const usable = foreign ? sp.mentions.filter((m) => m.place.country === foreign) : sp.mentions;
      const placed = crossing ? { places: [crossing], owned: true } : choosePlacesInSentence(sentence.text, { ...trigger, type }, triggers, usable);
      // A place the sentence gives another trigger is only a weak hint for this one.
      // Places listed for one verb ("arrests in Hyesan and Samsu") are separate incidents: merging keeps them apart.
      const listed = placed.places.length > 1;
      if (placed.places.length) for (const place of placed.places) mentions.push({ ...base, place, listed, strength: placed.owned ? 'sentence' : 'paragraph' });
      else {
        // "reported them missing to Russian police": a request to a foreign force with no place is made there.
        const leftBehind = type === 'crackdown' && flightAbroad && LEFT_BEHIND.test(sentence.text);
        const fallback = leftBehind
          ? { place: flightAbroad, strength: 'article' as const }
          : chooseFallbackPlace(type, sp, places, foreign ?? (type === 'repatriation' ? foreignCountry(sentence.text) : null), placed.area);
        // `other` is a catch-all, so it is only kept for an event the text ties to a place nearby.
        if (type !== 'other' || fallback.strength === 'paragraph') mentions.push({ ...base, ...fallback });
      }
    }
    // "It took place on the 19th": the sentence dates the undated events of the one before.
    const before = mentions.slice(previousStart).filter((m) => m.sentence === sentence.index - 1 && !m.date.mentioned);
    // "The raid took place early last month": a trigger inside the pointing-back subject names the same event.
    const backEnd = backReferenceEnd(sentence.text);
    const pointsBack = backEnd >= 0 && triggers.every((t) => t.start < backEnd);
    if (pointsBack && before.length && sentences[sentence.index - 1]?.paragraph === sentence.paragraph) {
      const date = chooseDate(sentence.text, 0, [0], publishedAt);
      if (date.date) for (const m of before) m.date = date;
    }
    for (const m of mentions.slice(ownStart)) if (m.type === 'defection' && isAbroad(m.place)) flightAbroad = m.place;
    if ([...types].every((t) => t === 'family_punishment')) addFamilyHomes(sentence.text, sp, mentions);
    previousTypes = types;
    for (const t of types) toldTypes.add(t);
    previousText = sentence.text;
    previousStart = ownStart;
    if (storyDate) lastDated = storyDate;
  }
  return mentions;
}
