import type { IncidentType } from '@/lib/taxonomy';
import { FAMILY_NOUN } from './lexicon';
import type { Trigger } from './types';

/**
 * Frames around a trigger that change what it reports: a meeting that is the venue of a sentencing, a raid made to
 * steal, an event noun that refers back to the story's own event, a detention told as years-old background,
 * relatives questioned about someone else's act, and someone unseen since being taken into custody.
 */

// "was put on an ideological struggle meeting ... and given two years of labour training": the meeting is where
// the sentence was passed, one trial.
const SESSION_OF_VERDICT = /struggle|denunciat|critici|ideolog/i;

export function isVenueOfVerdict(t: Trigger, triggers: Trigger[]): boolean {
  return t.type === 'indoctrination' && SESSION_OF_VERDICT.test(t.text) && triggers.some((o) => o.type === 'trial' || o.type === 'execution');
}

// "soldiers raided orchards ..., carrying off apples by the sackful": a raid made to take goods is a theft.
// "They went from house to house at night, taking corn, potatoes and a pig": going round homes for food is too.
const LOOTING =
  /\b(?:carr(?:y|ied|ying) off|made off with|mak(?:e|es|ing) off with|st(?:ole|olen|eal|ealing)|loot(?:ed|ing)?|plunder(?:ed|ing)?|pillag(?:ed|ing)|ransacked (?:\w+ ){0,3}?for (?:food|grain|crops)|tak(?:ing|e|es) (?:their |the )?(?:corn|maize|rice|grain|potatoes|food|livestock|pigs?|goats?|chickens?|cattle))\b/i;

export function isLootingRaid(sentence: string, t: Trigger): boolean {
  return t.type === 'crackdown' && /^(?:raid\w*|went|going|gone|go|moving|moved)\b/i.test(t.text) && LOOTING.test(sentence);
}

// "The crackdown follows the enactment in January of a law": a definite event noun opening the sentence and tied
// to something else by its verb refers to the event already told; the date in the sentence belongs to the other.
const DEFINITE_OPENING = /^\s*[“"]?(?:the|this|that)\s+(?:latest\s+|recent\s+|new\s+|ongoing\s+|current\s+)?$/i;
const RELATING_AFTER = /^\s+(?:follows|followed|comes|came|is part of|was part of|marks|appears|seems|reflects|mirrors|echoes)\b/i;

export function refersToToldEvent(sentence: string, t: Trigger): boolean {
  return DEFINITE_OPENING.test(sentence.slice(0, t.start)) && RELATING_AFTER.test(sentence.slice(t.end, t.end + 30));
}

// "Most of those returned had been held for years in detention facilities": a detention that had lasted years by the
// time of the news is its background.
// "Many had been held in detention centres in Jilin since before the pandemic" lasted as long, and so did custody
// "some for more than a year" or "after being caught in raids over the past year".
const HELD_FOR_LONG =
  /\bhad been (?:held|detained|kept|jailed|imprisoned|locked up) (?:(?:[^.;]{0,80}?\b(?:some|many|most|all)(?: of them)?,? )?for (?:more than |over |nearly |up to |about |almost )?(?:years|months|(?:a|one) year|(?:\d+|two|three|four|five|six|several|many) (?:years|months))\b|[^.;]{0,60}?\bsince (?:before )?(?:the (?:pandemic|border closure|\d{4}s)|\d{4}|(?:last|the previous) year)\b|[^.;]{0,100}?\b(?:over|during|in) the (?:past|last) (?:year|(?:two|three|four|five|several|few) (?:years|months))\b)/i;

export function isLongHeldBackground(sentence: string, t: Trigger): boolean {
  return t.type === 'arrest' && HELD_FOR_LONG.test(sentence);
}

// "China sent back about 30 escapees held in detention facilities in Jilin": custody named in a participle on the
// people a sentence returns describes them; it is no arrest of its own. ("They were held at the Tumen centre, then taken
// back" and "women sent back are being held in Hyesan" tell custody as a clause of its own, and stay.)
export function isCustodyBeforeReturn(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'arrest' || !/^(?:held|kept)\b/i.test(t.text) || /\b(?:is|are|was|were|been|be|being)\s+$/i.test(sentence.slice(0, t.start))) return false;
  return triggers.some((o) => o.type === 'repatriation');
}

// "the husband's two brothers were questioned for several days": relatives questioned over someone else's act are
// pressed, not captured.
const RELATIVES_SUBJECT = new RegExp(String.raw`\b(?:${FAMILY_NOUN}|neighbou?rs|colleagues)\b[^.;]{0,80}?\b(?:were|was|have been|had been|are|is)\s+(?:\w+ly\s+)?$`, 'i');

export function isQuestioningOfRelatives(sentence: string, t: Trigger): boolean {
  return t.type === 'arrest' && /^(?:being\s+)?(?:questioned|interrogated)/i.test(t.text) && RELATIVES_SUBJECT.test(sentence.slice(Math.max(0, t.start - 120), t.start));
}

// "was taken to a State Security facility. The worker has not been seen since": someone who vanished once in custody
// was not heard of again because he is held, not because he fled.
const NOT_SEEN = /^(?:has|have|had) not been (?:found|seen|heard from)/i;
const SINCE_CUSTODY_AFTER = /^[^.;]{0,30}?\bsince (?:his|her|their|the) (?:detention|arrest|arrests|removal)\b/i;
const CUSTODY_TYPES = new Set<IncidentType>(['arrest', 'crackdown', 'family_punishment', 'repatriation', 'trial']);

// "disappeared from their home, and neighbors believe they were taken to a camp": vanished into custody, not fled.
const TAKEN_AWAY_AFTER = /^[^.;]{0,160}?\b(?:believe|believed|say|said|think|suspect|fear)\w*\s+(?:that\s+)?(?:they|he|she|the family)\s+(?:were|was|had been|have been)\s+(?:taken|sent|arrested|detained|removed)\b/i;

export function isVanishedInCustody(sentence: string, t: Trigger, told: ReadonlySet<IncidentType>): boolean {
  if (t.type !== 'defection') return false;
  if (/^(?:disappeared|vanished|went missing)\b/i.test(t.text) && TAKEN_AWAY_AFTER.test(sentence.slice(t.end))) return true;
  if (!NOT_SEEN.test(t.text)) return false;
  return SINCE_CUSTODY_AFTER.test(sentence.slice(t.start)) || [...told].some((type) => CUSTODY_TYPES.has(type));
}

// "a soldier crossed the line in the central sector and was also taken into custody", "crossed the western sea border
// in a small boat and were taken into custody off Baengnyeong Island": the South receiving a defector is the end of
// the crossing, not an arrest for the state. Two readings: the crossing named just before the custody, or any
// crossing of the MDL or the sea border whose crosser the custody shares as subject ("and was taken", "said that he
// had been taken").
const CROSSED_INTO_SOUTH_BEFORE =
  /\b(?:cross(?:ed|ing)|came across|walked across|defected across)\s+(?:the\s+)?(?:(?:heavily\s+)?[\w-]+\s+){0,2}?(?:MDL|military demarcation line|line|DMZ|demilitari[sz]ed zone|NLL|northern limit line|sea border|maritime border|border into (?:South Korea|the South))\b[^.;]*$/i;
const SOUTHERN_LINE = /\b(?:(?:sea|maritime) border|Northern Limit Line|NLL|(?:Military )?Demarcation Line|MDL|DMZ|demilitari[sz]ed zone|the line|(?:eastern|western|central) (?:front|sector))\b/i;
const SAME_SUBJECT_BEFORE = /\b(?:and|that (?:he|she|they))\s+(?:(?:was|were|had been|has been|have been)\s+)?(?:also\s+|later\s+|then\s+|immediately\s+)?$/i;

export function isReceivedInSouth(sentence: string, t: Trigger): boolean {
  if (t.type !== 'arrest') return false;
  const before = sentence.slice(0, t.start);
  if (/\bcustody\b/i.test(t.text) && CROSSED_INTO_SOUTH_BEFORE.test(before) && !/\b(?:Chinese|Russian|North Korean)\b/i.test(sentence.slice(t.start, t.end + 40))) return true;
  const crossing = /\bcross(?:ed|es|ing)?\b[^.;]{0,160}$/i.exec(before);
  return !!crossing && SOUTHERN_LINE.test(crossing[0]) && SAME_SUBJECT_BEFORE.test(before);
}

// "South Korea sent two fishermen back through Panmunjom after they said they wished to go home": the South returning
// people at their own wish is no forced repatriation (the taxonomy's repatriation is sent back from China or Russia),
// so it is an event of its own kind.
const SOUTH_SENDS = /\b(?:South Korea|Seoul|the South|(?:the )?(?:unification|defense) ministry|the government)\b/i;
const OWN_WISH = /\b(?:wish(?:ed|es)?|want(?:ed|s)?|asked|hoped|chose|chosen|desire[ds]?|request(?:ed)?|willing(?:ness)?) (?:to (?:go|return|be sent) (?:home|back)\b|to return\b)|\b(?:at|by) (?:their|his|her) own (?:request|wish|will)\b|\bvoluntar(?:y|ily)\b|\bfree will\b/i;

export function isReturnByTheSouthAtOwnWish(sentence: string, t: Trigger): boolean {
  const fromSouth = SOUTH_SENDS.test(sentence.slice(0, t.start)) || /\b(?:Panmunjo?m|truce village)\b/i.test(sentence);
  return t.type === 'repatriation' && fromSouth && OWN_WISH.test(sentence) && !/\b(?:China|Chinese|Russia|Russian)\b/.test(sentence);
}

// "has been missing since Jan. 30 and is believed to have been taken across the border by North Korean agents": the
// person is missing because taken; the abduction is the event, not an escape.
const ABDUCTION = /\b(?:abducted|kidnapped|snatched)\b|\bby (?:the )?(?:[\w-]+ ){0,2}?(?:agents|operatives|security|spies|police|men)$/i;

export function isMissingByAbduction(t: Trigger, kept: Trigger[]): boolean {
  return t.type === 'defection' && /\b(?:missing|disappeared|vanished)\b/i.test(t.text) && kept.some((o) => o.type === 'other' && ABDUCTION.test(o.text));
}
