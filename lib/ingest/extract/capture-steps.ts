import type { Trigger } from './types';

/**
 * Controls that are a step of one capture told in the same sentence, not a crackdown of their own: the check it
 * happened during, the search of the captive's home, the questioning that followed, the team that made it.
 * "One event per predicate": the capture is the event, these are its circumstances.
 */

const isArrest = (o: Trigger) => o.type === 'arrest';

/** The first arrest told before `t` that ends at most `within` characters before it. */
const captureBefore = (t: Trigger, triggers: Trigger[], within: number) => triggers.find((o) => isArrest(o) && o.end <= t.start && t.start - o.end <= within);

/** A control trigger that names questioning ("investigation", "interrogated", "questioning"). */
const isQuestioning = (t: Trigger) => t.type === 'crackdown' && /^(?:investigat|interrogat|question)/i.test(t.text);

// "were arrested during an identity check at a bus station", "was stopped at a checkpoint and taken away": a check
// or raid named as the setting of a capture in the same sentence is that capture's circumstance, one event.
const SETTING_BEFORE = /\b(?:during|in|at|amid|through|in the course of)\s+(?:an?|the|their|its|one|two|three|several|routine|a series of)?\s*(?:[\w-]+\s+){0,2}$/i;

export function isSettingOfCapture(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'crackdown' || !SETTING_BEFORE.test(sentence.slice(Math.max(0, t.start - 40), t.start))) return false;
  // "arrested in April after trucks were stopped at a checkpoint": a new clause tells an event of its own.
  const sameClause = (o: Trigger) => !/\b(?:after|before|when|because|since|while|following)\b|;/i.test(sentence.slice(o.end, t.start));
  return triggers.some((o) => isArrest(o) && o.end <= t.start && t.start - o.end <= 100 && sameClause(o));
}

// "was arrested by the Hyesan police in February and is still under investigation", "was arrested by the security
// department and is being investigated": the person held and questioned after the arrest is that arrest going on.
const CUSTODY_BEFORE =
  /\b(?:(?:is|are|was|were|remains?|remained)\s+)?still\s+(?:under|being)\s+$|\bremain(?:s|ed)?\s+under\s+$|\band\s+(?:is|are|was|were|has been|have been)\s+(?:now\s+|still\s+)?(?:being\s+|under\s+)$/i;

// "The three students are still being investigated": custody that is still going on continues an arrest even when
// the arrest was told in an earlier sentence.
// So does "they remain under investigation", "they are being investigated for theft": people held and questioned.
const STILL_HELD_BEFORE = /\bstill\s+(?:being|under)\s+$|\bremain(?:s|ed)?\s+under\s+$|\b(?:they|he|she)\s+(?:is|are)\s+being\s+$/i;

// "has been detained by the prosecutor's office for investigation": the questioning is what the capture is for.
const FOR_BEFORE = /\bfor\s+(?:further\s+)?$/i;

export function isPurposeOfCapture(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  return isQuestioning(t) && FOR_BEFORE.test(sentence.slice(Math.max(0, t.start - 20), t.start)) && !!captureBefore(t, triggers, 80);
}

export function isCustodySequel(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (!isQuestioning(t)) return false;
  const before = sentence.slice(Math.max(0, t.start - 30), t.start);
  if (STILL_HELD_BEFORE.test(before)) return true;
  return CUSTODY_BEFORE.test(before) && triggers.some((o) => isArrest(o) && o.end <= t.start);
}

// "They were stopped at a checkpoint in northern Vietnam", "officers stopped the brother at a checkpoint": people
// stopped at a checkpoint are caught there.
const STOPPED_AT_BEFORE = /\bstopped\s+(?:(?:the|two|three|four|five|\d+|several|a|an|his|her|their)\s+)?(?:[\w'’-]+\s+){0,4}?at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$/i;

// "trucks carrying cement were stopped at a checkpoint": goods stopped are a check, not a capture.
const GOODS = /\b(?:trucks?|lorr(?:y|ies)|cars?|vehicles?|bus(?:es)?|trains?|loads?|shipments?|cargo|goods|boats?)\b/i;

export function isCheckpointCapture(sentence: string, t: Trigger): boolean {
  if (t.type !== 'crackdown' || !/^(?:checkpoint|roadblock|road block)/i.test(t.text)) return false;
  const before = sentence.slice(Math.max(0, t.start - 80), t.start);
  return STOPPED_AT_BEFORE.test(before) && !GOODS.test(before);
}

// "was arrested in Hyesan, and his house was searched", "detained her and searched her flat": the search of the
// captive's own home is part of that arrest.
const OWN_HOME = /\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:house|home|flat|apartment|room|quarters|belongings|lodgings)\b/i;

export function isSearchOfCaptive(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'crackdown' || !/^(?:search|raid|ransack)/i.test(t.text)) return false;
  const around = sentence.slice(Math.max(0, t.start - 30), t.end + 30).split(/[;]/);
  const frame = around.find((part) => part.includes(t.text)) ?? '';
  return OWN_HOME.test(frame) && !!captureBefore(t, triggers, 120);
}

// "arrested in early September by an inspection team", "picked up by a 109 inspection group": the body named after
// "by" is the capture's agent. So is a patrol that "spotted" the people it went on to catch.
const AGENT_BY_BEFORE = /\bby\s+(?:an?|the|one|two|several|[\w'’-]+['’]s)\s+(?:[\w'’"“”-]+\s+){0,3}$/i;
const PERCEIVED_AFTER = /^\s+(?:\w+\s+)?(?:spotted|saw|noticed|found|caught|stopped|chased|fired|shot|opened fire|discovered|intercepted)\b/i;

export function isAgentOfCapture(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'crackdown' || !/^(?:inspect|patrol|monitor|crack|109|anti|non|sweep|security|task)/i.test(t.text)) return false;
  if (/^patrol/i.test(t.text) && PERCEIVED_AFTER.test(sentence.slice(t.end, t.end + 40))) return true;
  return AGENT_BY_BEFORE.test(sentence.slice(Math.max(0, t.start - 50), t.start)) && !!captureBefore(t, triggers, 80);
}

// "An anti-drug task force from the ministry has detained thirty people", "members of a joint inspection group
// detained the students": the body named as the subject of a capture in the same clause is its agent, not a
// campaign of its own. A search or confiscation it also made is still read from its own verb.
const AGENT_NOUN = /^(?:task force|inspection|inspectors|patrol|109|anti|non|sweep|squad|unit|team|group)/i;
const CAPTURE_VERB_AFTER = /^[^;]{0,120}?\b(?:has |have |had )?(?:(?:then|later|also|reportedly|already) )?(?:detained|arrested|caught|rounded up|picked up|took (?:away|in))\b/i;
const NEW_CLAUSE = /\b(?:after|before|when|because|since|while|following|who|which|that|whose|but)\b|[;:"“”]/i;

export function isSubjectOfCapture(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'crackdown' || !AGENT_NOUN.test(t.text)) return false;
  const capture = triggers.find((o) => isArrest(o) && o.start >= t.end && o.start - t.end <= 120);
  if (!capture) return false;
  const between = sentence.slice(t.end, capture.start);
  return CAPTURE_VERB_AFTER.test(sentence.slice(t.end, capture.end)) && !NEW_CLAUSE.test(between) && !/\b(?:searched|raided|confiscated|seized|inspected|checked)\b/i.test(between);
}

// "Chinese police raided a guesthouse in Yanji and detained nine North Koreans": a raid on one building whose
// occupants are taken in the same clause is how the capture was made.
const ONE_BUILDING_AFTER = /^\s+(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,2}?(?:house|home|flat|apartment(?: building| block)?|building|guesthouse|guest house|hotel|inn|farmhouse|hideout|shelter|room|hut|church|restaurant|karaoke|dormitory)\b/i;
const THEN_CAPTURED = /^[^;]{0,100}?\band (?:then |later )?(?:detained|arrested|rounded up|took away|picked up|handcuffed)\b/i;

export function isRaidOfCapture(sentence: string, t: Trigger): boolean {
  if (t.type !== 'crackdown' || !/^(?:raid|storm|burst)/i.test(t.text)) return false;
  const after = sentence.slice(t.end);
  return ONE_BUILDING_AFTER.test(after) && THEN_CAPTURED.test(after);
}

// "State security agents raided their home in March after a neighbour informed on them": a raid on one dwelling is
// how its people were taken, an arrest (the sentence need not say they were taken; when it does, the arrest it names
// is the event and the raid its step, above). Raids on homes, markets or a district stay crackdowns.
// "searched his apartment after a neighbour reported him", "burst into the house": a search of one home is the same step.
const ONE_DWELLING_AFTER = /^\s+(?:into\s+)?(?:the|an?|one|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:house|home|flat|apartment|farmhouse|hideout|room|hut|guesthouse|guest house|building)\b(?!s)/i;

export function isRaidOnDwelling(sentence: string, t: Trigger): boolean {
  if (t.type !== 'crackdown' || !/^(?:raid|storm|burst|search)/i.test(t.text)) return false;
  const after = sentence.slice(t.end);
  return ONE_DWELLING_AFTER.test(after) && !THEN_CAPTURED.test(after);
}

// "checked documents at the dacha cooperative and took him away": a check aimed at one person and followed by taking
// that person in is the arrest's first step.
// Only ";" ends the look: the sentence is already cut, so a full stop inside is an abbreviation ("Oct. 12").
const ONE_PERSON_CAPTURE = /^[^;]{0,100}?\band (?:then |later )?(?:took|taken|led|dragged|hauled|arrested|detained|held|handcuffed) (?:him|her)\b/i;

export function isCheckBeforeCapture(sentence: string, t: Trigger): boolean {
  return t.type === 'crackdown' && /^(?:check|inspect|search|stopp)/i.test(t.text) && ONE_PERSON_CAPTURE.test(sentence.slice(t.end));
}

// "The children were caught when a patrol stopped them and checked their phones", "detained after a patrol checked
// his phone": a check of the captives themselves, told as how they were caught, is the capture's first step. A
// check of others or of goods ("after trucks were stopped") stays an event of its own.
const HOW_CAUGHT_BETWEEN = /^[^;]{0,80}?\b(?:when|as|after|while)\b[^;]*$/i;
const THE_CAPTIVES = /\b(?:them|him|her|their|his|he|she|they)\b/i;

export function isCheckOfCaptives(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'crackdown' || !/^(?:check|inspect|search|stopp|patrol|intercept|detect|track|monitor|tapp)/i.test(t.text)) return false;
  const capture = captureBefore(t, triggers, 120);
  if (!capture || !HOW_CAUGHT_BETWEEN.test(sentence.slice(capture.end, t.start))) return false;
  return THE_CAPTIVES.test(sentence.slice(t.start, t.end + 40).split(/[;,]/)[0]);
}

// "police stopped him for a document check at a bus stop", "officers stopped him and checked his documents": a check
// of one person is a step of that person's capture, told with it, not a control of a place.
const ONE_PERSON_CHECKED = /\b(?:stopped|checked|searched|questioned|caught)\s+(?:him|her)\b|\bcheck(?:ed|ing)?\s+(?:his|her)\s+(?:documents|papers|ID|identity|passport|visa|permit)/i;

export function isCheckOfOnePerson(sentence: string, t: Trigger): boolean {
  if (t.type !== 'crackdown' || !/\bcheck/i.test(t.text)) return false;
  // Only the trigger's own clause: "Police stopped him at the station; checks on every household followed" still
  // tells a control of the town.
  const from = sentence.lastIndexOf(';', t.start) + 1;
  const to = sentence.indexOf(';', t.end);
  return ONE_PERSON_CHECKED.test(sentence.slice(from, to < 0 ? undefined : to));
}

/** Whether a control trigger is a step of an arrest told in the same sentence. */
export function isStepOfCapture(sentence: string, t: Trigger, triggers: Trigger[]): boolean {
  return (
    isSettingOfCapture(sentence, t, triggers) ||
    isSearchOfCaptive(sentence, t, triggers) ||
    isAgentOfCapture(sentence, t, triggers) ||
    isSubjectOfCapture(sentence, t, triggers) ||
    isRaidOfCapture(sentence, t) ||
    isCheckOfCaptives(sentence, t, triggers) ||
    isPurposeOfCapture(sentence, t, triggers) ||
    isCheckBeforeCapture(sentence, t) ||
    isCheckOfOnePerson(sentence, t)
  );
}
