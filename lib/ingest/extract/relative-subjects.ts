import { FAMILY_NOUN } from './lexicon';
import type { Trigger } from './types';

/**
 * Relatives named around a trigger who are not relatives punished for another's act: the object of another verb, the
 * far end of a contact, someone who acts or speaks, people caught together with the person named first, or a relative
 * caught herself.
 */

// "A broker who sent money to their families in North Hamgyong Province was arrested": relatives in the plural are not the
// subject of a verb in the singular.
const FAMILY_START = new RegExp(String.raw`^${FAMILY_NOUN}\b`, 'i');
const PLURAL_RELATIVES_SINGULAR_VERB = /^(?:families|relatives|parents|wives|husbands|children|sons|daughters|siblings|brothers|sisters|in-laws|family members)\b(?:(?!\b(?:who|which|that|and)\b)[^.,;:])*?\b(?:was|has been)\b/i;

// "A relative in North Pyongan said the women are being interrogated": the relative speaks; "one household had its
// television taken away": a thing was taken. Neither is a relative punished.
// "Kim's sister later dismissed hopes of talks": a relative who acts on an object, with no passive auxiliary, is doing,
// not suffering, the verb.
const ACTIVE_VERB_LAST = /^(?:(?!\b(?:was|were|been|being|is|are|be|get|got|had|have|has)\b)[^.;])*\b(?:dismissed|questioned|fired|punished|expelled|summoned|criticized|criticised)$/i;
const OBJECT_AFTER = /^\s+(?:the\s+|his\s+|her\s+|their\s+|any\s+|all\s+)?(?:hopes?|reports?|claims?|idea|calls?|criticism|suggestions?|speculation|talks?|rumou?rs|concerns?|questions?|offers?|proposals?|accusations?|charges)\b/i;

// "Her husband was questioned for two days and then let go": a relative heard and sent home is a witness, not punished.
const LET_GO_AFTER = /^[^.;]{0,40}?\band (?:then |later |was |were |then was |was then )?(?:released|let go|freed|sent home|allowed (?:to go )?home)\b/i;

export function isRelativeNotPunished(sentence: string, t: Trigger): boolean {
  if (t.type !== 'family_punishment') return false;
  if (ACTIVE_VERB_LAST.test(t.text) && OBJECT_AFTER.test(sentence.slice(t.end, t.end + 30))) return true;
  if (/(?:questioned|interrogated|summoned|called in)$/i.test(t.text) && LET_GO_AFTER.test(sentence.slice(t.end, t.end + 60))) return true;
  return /\b(?:said|says|told|tells|added|reported)\b(?!\s+to\b)|\bhad (?:its|their|his|her) /i.test(t.text);
}

// "The soldier who had accepted money from the family ... was arrested": relatives after a preposition are no subject.
const RELATIVES_AS_OBJECT_BEFORE = /\b(?:from|to|with|for|by)\s+(?:the|his|her|their|a|an|that|this)\s+(?:[\w-]+\s+)?$/i;
// "two residents who visited relatives in another county were sent to a camp": relatives the verb's object.
const RELATIVES_VISITED_BEFORE = /\b(?:visit(?:ed|ing)?|contact(?:ed|ing)?|phon(?:ed|ing)|met|help(?:ed|ing))\s+(?:their\s+|his\s+|her\s+)?$/i;
// "relaying calls between Hyesan residents and relatives in China": relatives as the second of "between".
const RELATIVES_BETWEEN_BEFORE = /\bbetween\s+(?:[\w'’-]+\s+){1,5}?and\s+(?:their\s+|his\s+|her\s+)?$/i;

/** Checked before overlapping phrases are resolved, so that the verb the mismatch leaves free ("was arrested") is read. */
export function isRelativesOfAnotherVerb(sentence: string, t: Trigger): boolean {
  if (t.type !== 'family_punishment' || !FAMILY_START.test(t.text)) return false;
  const before = sentence.slice(Math.max(0, t.start - 60), t.start);
  return PLURAL_RELATIVES_SINGULAR_VERB.test(t.text) || RELATIVES_AS_OBJECT_BEFORE.test(before.slice(-40)) || RELATIVES_VISITED_BEFORE.test(before) || RELATIVES_BETWEEN_BEFORE.test(before);
}

// "A couple and their adult son were arrested": relatives caught together with the person named first are the
// people caught, not relatives punished for another's act.
// The clause must open on that person: "A pastor and his two daughters", not "..., and his wife and sons".
const CAUGHT_TOGETHER = /^\s*(?!(?:and|but|while|then)\b)(?:[\w'’-]+\s+){1,3}(?:and|along with|together with)\s+(?:their|his|her)\s+(?:[\w-]+\s+){0,2}$/i;
const CAPTURE_VERB = /\b(?:arrested|detained|picked up|taken away|caught)\b/i;

// "A mother and her two sons who waded across the Tumen were arrested": relatives whose own clause tells what they did
// (no "of" hands the clause to someone else, as in "the parents of a man who fled") are the people caught.
const RELATIVES_WHO_DID_IT = /^[^,;:]*?(?<!\bof\b[^,;:]*)\b(?:who|that)\s+(?:had\s+)?(?:\w+ly\s+)?(?:crossed|waded|fled|escaped|swam|tried|attempted|sold|smuggled|slipped|sailed|ran)\b/i;

export function isCaughtTogether(sentence: string, t: Trigger): boolean {
  if (t.type !== 'family_punishment' || !CAPTURE_VERB.test(t.text)) return false;
  return CAUGHT_TOGETHER.test(sentence.slice(0, t.start).split(/[,;:]/).pop() ?? '') || RELATIVES_WHO_DID_IT.test(t.text);
}

// "The mother was caught and taken to the security department", "the parents were handed to the county security
// department", "his wife had been arrested at the same time": a relative caught in the act (handed over by her
// captors), or taken in the same capture, is arrested herself, not punished for another.
const CAUGHT_HERSELF = /\b(?:caught|apprehended|intercepted|handed (?:over )?to)\b/i;
const SAME_CAPTURE_AFTER = /^\s+(?:at the same time|together with|along with|alongside)\b/i;

export function isCaughtHerself(sentence: string, t: Trigger): boolean {
  if (t.type !== 'family_punishment') return false;
  return CAUGHT_HERSELF.test(t.text) || (/\b(?:arrested|detained)$/i.test(t.text) && SAME_CAPTURE_AFTER.test(sentence.slice(t.end)));
}
