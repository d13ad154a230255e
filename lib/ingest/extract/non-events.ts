import { findDates } from '@/lib/ingest/dates';
import { isCrossingAsCharge, isUndoneCrossing } from './crossings-not-escapes';
import { tagSentence } from './pos-tags';
import type { Trigger } from './types';

/**
 * Control words (inspection, monitoring, patrol, labour term) that name no event of the North Korean state: what a
 * law prescribes, a body of foreign states at work, a cause given for a figure, and what a kind of thing usually
 * does. Each test reads the trigger's grammatical frame, not the topic of the article.
 */

// "The law ... provides for labour camp terms", "its code, which stipulates five years": a present-tense verb of
// prescription whose subject is a law ("the law, which sets prison terms of up to fifteen years"). The trigger is what
// the rule provides, not a sentence handed down.
const LAW_NOUN = /\b(?:law|act|decree|code|regulations?|legislation|ordinance|statute|article \d+)\b/i;
const PRESCRIBES = /\b(?:provides? for|stipulates?|prescribes?|mandates|imposes|allows for|carries|sets(?: out)?|lays down|punishes)\b/gi;
const CLAUSE_END = /[;.!?]/;

// "the penalties include labor camp terms", "punishments range from fines to death": what an offence can bring.
const PENALTIES_BEFORE = /\b(?:penalt(?:y|ies)|punishments?|maximum sentences?)\s+(?:for\s+[^,.;]{0,60}?\s+)?(?:now\s+)?(?:include|includes|range|ranges|run|runs|extend|extends|can|could|may|might|would)\b[^.;]*$/i;

export function isPrescribedByRule(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  if (PENALTIES_BEFORE.test(before)) return true;
  for (const m of before.matchAll(PRESCRIBES)) {
    const at = m.index ?? 0;
    if (CLAUSE_END.test(before.slice(at))) continue;
    if (LAW_NOUN.test(before.slice(Math.max(0, at - 220), at))) return true;
  }
  return false;
}

// "Sentences for such offences now start at five years": a class of offence, not one person's case.
const OFFENCE_CLASS = /\b(?:for|of|over) (?:such|these|those|similar|all|any) (?:offen[cs]es|crimes|acts|violations|infractions|cases)\b/i;

export function isOffenceClass(sentence: string): boolean {
  return OFFENCE_CLASS.test(sentence);
}

// A body of foreign states is no agent of a North Korean crackdown: "a monitoring team set up by 11 countries",
// "multinational patrols", "port state inspections". The modifier must sit in the trigger's own noun phrase.
const STATES_BODY = /\b(?:set up|formed|established|created|launched|founded|made up|composed|run|led)\s+(?:by|of)\s+(?:\w+\s+){0,2}?(?:countries|nations|states|governments|member states|allies)\b/i;
const INTERNATIONAL = /^(?:multinational|multilateral|international|UN|U\.N\.|NATO|allied|coalition)$/i;
const PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM']);

// "member states had inspected several suspicious shipments": foreign states as the subject of the control verb.
const STATES_SUBJECT_BEFORE = /\b(?:member states|(?:other |foreign |several |many |some )?(?:countries|nations|governments)|(?:the )?allies)\s+(?:(?:have|has|had|were|was|are|is|also|then|since|been|recently|reportedly)\s+){0,3}$/i;

export function isForeignStatesBody(sentence: string, t: Trigger): boolean {
  if (t.type !== 'crackdown') return false;
  if (STATES_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start))) return true;
  const tokens = tagSentence(sentence);
  const first = tokens.findIndex((k) => k.start >= t.start);
  if (first < 0) return false;
  // "port state inspections": the flag and port states' checks of ships, not the North's.
  if (/\bport[- ]state\s+$/i.test(sentence.slice(Math.max(0, t.start - 12), t.start))) return true;
  // The modifiers of the trigger's noun phrase, read leftwards until its determiner or a word of another kind.
  for (let i = first - 1; i >= 0 && PHRASE_TAGS.has(tokens[i].pos); i--) {
    if (INTERNATIONAL.test(tokens[i].text)) return true;
    if (tokens[i].pos === 'DET') break;
  }
  // "the ... Monitoring Team, set up by eleven countries": the participle hangs on the trigger's noun phrase.
  const after = sentence.slice(t.end, t.end + 90).split(/[;.]/)[0];
  return STATES_BODY.test(after) && /^(?:\s+[A-Za-z-]+){0,2},?\s+(?:set up|formed|established|created|launched|founded|made up|composed|run|led)\b/i.test(after);
}

// "Officials attributed the low numbers to tighter border controls", "fell because of the crackdown": a control
// named as the cause of a figure explains it; it is not told as an event. Only a noun trigger can be a cause.
const CAUSE_BEFORE =
  /\b(?:attribut\w+|ascrib\w+|blam\w+|credit\w*|put\s+(?:\S+\s+){0,5}?down)\b[^;:.]{0,120}?\b(?:to|on)\s+[^;:.]{0,160}$|\b(?:due to|because of|owing to|thanks to|as a result of|on account of)\s+(?:\S+\s+){0,5}$/i;

export function isCauseOfFigure(sentence: string, t: Trigger): boolean {
  if (t.type !== 'crackdown' || !CAUSE_BEFORE.test(sentence.slice(Math.max(0, t.start - 220), t.start))) return false;
  const token = tagSentence(sentence).find((k) => k.start >= t.start && k.start < t.end);
  return !!token && token.pos !== 'VERB';
}

// "port inspections seldom check logs": a frequency adverb right after a noun trigger makes it what such things do.
const FREQUENCY_AFTER = /^(?:\s+(?:at|in|on|along|near|of)\s+(?:the\s+)?[\w'’-]+)?\s+(?:seldom|rarely|often|usually|routinely|regularly|typically|generally|frequently|commonly|sometimes|always|hardly ever)\s+(?!\w+ed\b)[a-z]+\b/i;

export function isFrequencyStatement(sentence: string, end: number): boolean {
  return FREQUENCY_AFTER.test(sentence.slice(end, end + 40));
}

// "the loudspeakers had said that a diplomat had defected": what a broadcast or a leaflet from across the border says
// is its content, not an incident the reporter tells. (A lecture that cites a local sentence does report it.)
const MESSAGE_BEFORE =
  /\b(?:loudspeakers?|broadcasts?|leaflets?|radio (?:programs?|programmes?|stations?))\b[^;]{0,60}?\b(?:said|say|says|told|claimed|claims?|warned|declared|stated|announced|described|explained|cited|gave (?:the )?examples? of)\b[^;]*$/i;

export function isMessageContent(sentence: string, start: number): boolean {
  return MESSAGE_BEFORE.test(sentence.slice(0, start));
}

// "a former member of a sanctions monitoring team", "the head of the inspection unit": a control word inside the
// title of a body someone belongs to names the body, not an action.
const BODY_AFTER = /^\s+(?:team|panel|committee|body|mission|office|bureau|department|agency|commission)s?\b/i;
const MEMBER_BEFORE = /\b(?:members?|head|chief|heads|chair(?:man|woman)?|director|officials?|staff|experts?|spokes(?:man|woman|person)) of (?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,2}$/i;

export function isTitleOfBody(sentence: string, t: Trigger): boolean {
  return t.type === 'crackdown' && BODY_AFTER.test(sentence.slice(t.end, t.end + 20)) && MEMBER_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start));
}

// "Inspection groups check phones and storage devices", "On Saturdays there are study sessions for teachers",
// "When the authorities step up surveillance, fees rise": a sentence in the simple present with no date tells
// what is done as a rule, not an event. An event is told in a past tense ("raided", "were sent"), a present
// perfect ("have installed") or a present progressive ("are checking"), or is dated; the reporting verb of the
// source ("the source said") does not count.
const REPORTING = /^(?:said|told|reported|added|noted|explained|stated|claimed|confirmed|learned|according|says|say|believed|thought|estimated)$/i;
const PAST_AUX = /^(?:was|were|had|did|'d|wasn't|weren't|hadn't|didn't)$/i;
const PERFECT_OR_PROGRESSIVE_AUX = /^(?:has|have|is|are|am|'s|'re|'ve)$/i;
const IRREGULAR_PAST =
  /^(?:took|sent|held|caught|began|gave|found|made|put|set|brought|came|went|left|ran|got|saw|shot|fled|hid|kept|led|met|paid|stood|struck|threw|tore|broke|chose|drove|fell|fought|hung|knew|lost|rose|sold|sought|spent|spoke|stole|swam|beat|bought|burnt|built|dug|fed|felt|heard|hit|hurt|laid|let|meant|read|rode|sat|shut|slept|stuck|swore|taught|thought|understood|woke|wore|wrote)$/i;
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
// "anyone found near the river", "those caught": a pronoun with a reduced relative, not a subject.
const NO_SUBJECT = /^(?:anyone|anybody|anything|everyone|everybody|those|whoever|someone|somebody)$/i;

function hasSubjectBefore(tokens: { text: string; pos: string }[], i: number): boolean {
  const j = i > 1 && tokens[i - 1].pos === 'ADV' ? i - 2 : i - 1;
  return j >= 0 && NOMINAL.has(tokens[j].pos) && !NO_SUBJECT.test(tokens[j].text);
}

// "Their laptops are checked every evening", "the other cooks now sleep inside the restaurant": people of the story
// or a change ("now", "no longer") make the present a measure in force, which is an event.
const STORY_OR_CHANGE = /\b(?:his|her|their|now|currently|these days|no longer|any ?more|still|recently|lately|the other|the remaining|the same)\b/i;

export function isTimelessStatement(sentence: string): boolean {
  if (STORY_OR_CHANGE.test(sentence) || findDates(sentence, null).length > 0) return false;
  const tokens = tagSentence(sentence);
  let verbs = 0;
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i];
    if (k.pos !== 'VERB' && k.pos !== 'AUX') continue;
    if (REPORTING.test(k.text)) continue;
    verbs++;
    if (PAST_AUX.test(k.text)) return false;
    // A finite past straight after its subject ("the panel netted", "police then raided", "guards took"); after an
    // auxiliary or another verb the same form is a participle ("are held", "come loaded").
    if (k.pos === 'VERB' && (/ed$/i.test(k.text) || IRREGULAR_PAST.test(k.text)) && hasSubjectBefore(tokens, i)) return false;
    if (PERFECT_OR_PROGRESSIVE_AUX.test(k.text)) {
      const next = tokens.slice(i + 1, i + 4).find((n) => n.pos === 'VERB' || n.pos === 'AUX');
      if (next && (/ing$/i.test(next.text) || (/^(?:has|have|'ve)$/i.test(k.text) && next.text !== 'to'))) return false;
    }
  }
  return verbs > 0;
}

// "was monitoring the situation", "raised questions about coastal surveillance", "gaps in its own surveillance":
// watching news or doubting a watch is no control of anyone.
const WATCHING_NEWS_AFTER = /^\s+(?:the\s+)?(?:situation|developments?|reports?|events|closely)\b/i;
// "with strict monitoring of distribution", "monitoring of aid deliveries": a watch over goods handed out.
const WATCHING_AID_AFTER = /^\s+(?:of|over)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:distribution|deliver(?:y|ies)|shipments?|aid|food|assistance|compliance|sanctions)\b/i;
const DOUBT_BEFORE = /\b(?:questions?|concerns?|doubts?|gaps?|holes?|lapses?|failures?|weakness(?:es)?|shortcomings?|criticism)\s+(?:about|over|in|of|regarding)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

export function isWatchOfNewsOrDoubt(sentence: string, t: Trigger): boolean {
  if (t.type !== 'crackdown' || !/^(?:monitor|surveil|watch)/i.test(t.text)) return false;
  return WATCHING_NEWS_AFTER.test(sentence.slice(t.end, t.end + 20)) || WATCHING_AID_AFTER.test(sentence.slice(t.end, t.end + 50)) || DOUBT_BEFORE.test(sentence.slice(Math.max(0, t.start - 70), t.start));
}

// "were released after questioning but have been placed under surveillance", "was dismissed and put under
// surveillance": watch over people let go or punished is a consequence told of them, not a control of its own.
const LET_GO_OR_PUNISHED = /\b(?:released|freed|let go|dismissed|demoted|expelled|fired|removed from|stripped of|relieved of)\b/i;

export function isWatchAfterRelease(sentence: string, t: Trigger): boolean {
  if (t.type !== 'crackdown' || !/^surveil/i.test(t.text)) return false;
  return /\b(?:placed|put|kept)\s+under\s+$/i.test(sentence.slice(Math.max(0, t.start - 20), t.start)) && LET_GO_OR_PUNISHED.test(sentence.slice(0, t.start));
}

// "will be sent to a political prison camp rather than an ordinary labor camp", "it felt like a trial without a
// judge": an alternative set aside or a likeness names no event. The marker must lead the trigger's own noun phrase
// ("instead of being handed to ..." leads a verb: what was done instead may still be read from it).
const ALTERNATIVE_OR_LIKENESS_BEFORE = /\b(?:rather than|instead of|unlike|(?:felt|feels|looked|looks|seemed|seems|sounded|was|is) like|as if|as though)\s+(?:(?:an?|the)\s+)?(?:(?![\w'’-]+ing\s)[\w'’-]+\s+){0,2}$/i;

export function isAlternativeOrLikeness(sentence: string, start: number): boolean {
  return ALTERNATIVE_OR_LIKENESS_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}

// "held daily meetings with the crew's foremen", "met with provincial cadres": a meeting with those in charge is a
// consultation among officials, not a session that indoctrinates residents.
const WITH_PEOPLE_IN_CHARGE = /^\s+with\s+(?:the\s+|its\s+|their\s+|local\s+|provincial\s+|county\s+)?(?:[\w'’-]+\s+){0,2}?(?:officials|cadres|foremen|managers|leaders|heads|chiefs|bosses|representatives|counterparts|delegations?|diplomats|envoys|supervisors)\b/i;

export function isMeetingOfOfficials(sentence: string, t: Trigger): boolean {
  return t.type === 'indoctrination' && /\b(?:meetings?|met|talks)\b/i.test(t.text) && WITH_PEOPLE_IN_CHARGE.test(sentence.slice(t.end, t.end + 80));
}

// "the measures had almost halted defections", "to curb escapes": a kind of event held back, not one that happened.
const HELD_BACK_BEFORE = /\b(?:halt(?:ed|s|ing)?|curb(?:ed|s|ing)?|stem(?:med|s|ming)?|stopp(?:ed|ing)|reduc(?:ed|es|ing)|cut|prevent(?:ed|s|ing)?|deter(?:red|s|ring)?|discourag(?:ed|es|ing))\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const PLURAL_EVENT = /^(?:defections|escapes|crossings|arrests|executions|repatriations)$/i;

export function isHeldBackKind(sentence: string, t: Trigger): boolean {
  return PLURAL_EVENT.test(t.text) && HELD_BACK_BEFORE.test(sentence.slice(Math.max(0, t.start - 40), t.start));
}

// "it had no information about any vessel crossing the sea border": "any" makes the event a kind, not a case.
const ANY_CASE_BEFORE = /\bany\s+(?:[\w'’-]+\s+){0,3}$/i;

export function isAnyCase(sentence: string, start: number): boolean {
  return ANY_CASE_BEFORE.test(sentence.slice(Math.max(0, start - 50), start));
}

// "defectors have reported inspections and trials across the country", "reports suggest heavier sentences and more
// public trials": events in the plural that others have reported are a kind of event, not a case.
const REPORTED_KIND_BEFORE =
  /\b(?:defectors|media|reports|observers|researchers|groups|activists|witnesses)\s+(?:[\w'’-]+\s+){0,4}?(?:have\s+|has\s+)?(?:reported|described|documented|recorded|suggest(?:s|ed)?)\s+(?:[\w'’-]+\s+){0,5}$/i;

export function isReportedKind(sentence: string, t: Trigger): boolean {
  if (!/s$/i.test(t.text) || !REPORTED_KIND_BEFORE.test(sentence.slice(Math.max(0, t.start - 120), t.start).split(/[;:]/).pop() ?? '')) return false;
  // A count or a date makes it a case: "documented the executions of three men in May".
  return !/^\s+of\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i.test(sentence.slice(t.end)) && findDates(sentence, null).length === 0;
}

// "their parents were summoned to the school": a school calling parents in is no punishment by the state.
const CALLED_TO_SCHOOL_AFTER = /^\s*(?:to|by) (?:the |their |his |her )?(?:[\w-]+ )?(?:school|college|university|class(?:room)?|teachers?|principal|headmaster)\b/i;
// "had their phones confiscated and their parents called in": parents called over what their children did at school
// or on their phones are told of it; they are not punished for another's act.
const PUPILS_OR_PHONES = /\b(?:students?|pupils?|schoolchildren|classmates|teachers?|schools?|college|university|phones?|devices|handsets)\b/i;

function isParentsCalledOverPupils(sentence: string, t: Trigger): boolean {
  if (t.type !== 'family_punishment' || !/\b(?:summoned|called in)$/i.test(t.text)) return false;
  // "summoned by the police and fined" is a punishment whoever the child is.
  if (/\b(?:police|security|MSS|agents|officers|prosecutors?|fined|detained|arrested|expelled|banished|dismissed)\b/i.test(sentence.slice(t.end))) return false;
  return CALLED_TO_SCHOOL_AFTER.test(sentence.slice(t.end)) || (/\bparents\b/i.test(t.text) && PUPILS_OR_PHONES.test(sentence));
}

// "the workers disappeared without a trial", "people disappear into the camps": the state made them vanish; no escape.
const VANISHED_BY_STATE_AFTER = /^[^.;]{0,20}?\b(?:without (?:a |any )?(?:trial|charges?|hearing)|into (?:the )?(?:camps?|custody|detention|prison|the (?:MSS|security)))\b/i;

function isVanishedByState(sentence: string, t: Trigger): boolean {
  return t.type === 'defection' && /^(?:disappeared|vanished)$/i.test(t.text) && VANISHED_BY_STATE_AFTER.test(sentence.slice(t.end));
}

// "read out the names of people who were caught last year": a roll of unnamed cases, not an event told.
const NAMES_OF_PEOPLE_BEFORE = /\b(?:names|lists?|cases|numbers?) of (?:the )?(?:people|those|residents|persons|individuals|others) who (?:(?:were|had been|have been)\s+)?$/i;

function isRollOfNames(sentence: string, start: number): boolean {
  return NAMES_OF_PEOPLE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}

// "the third vessel Seoul has detained", "seized a Panama-flagged tanker": a ship held for sanctions is no person
// taken into custody. Not "the crew of the vessel were detained": people aboard are.
const VESSEL = String.raw`(?:vessels?|ships?|tankers?|freighters?|cargo ships?|carriers?)`;
const VESSEL_OBJECT_AFTER = new RegExp(String.raw`^\s+(?:the\s+|a\s+|an\s+|its\s+|two\s+|three\s+|several\s+)?(?:[\w'’-]+\s+){0,3}?${VESSEL}\b`, 'i');
// The ship is the object: of a passive ("the tanker was detained") or of a relative clause with its own subject
// ("the fourth vessel Seoul has detained"). Not its subject: "coast guard ships detained two fishing boats".
const VESSEL_BEFORE = new RegExp(
  String.raw`\b${VESSEL}\s+(?:(?:[\w'’-]+\s+){0,2}?(?:was|were|is|are|has been|have been|had been|being)|(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){1,6}?(?:has|have|had))\s+$`,
  'i',
);
const PEOPLE_ABOARD_BEFORE = new RegExp(String.raw`\b(?:crew(?: members)?|sailors|seamen|fishermen|captain|people|passengers|men|workers)\s+(?:of|aboard|on|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?${VESSEL}\s+(?:[\w'’-]+\s+){0,3}?$`, 'i');

function isShipHeld(sentence: string, t: Trigger): boolean {
  if (t.type !== 'arrest' || !/^(?:detain|seiz|impound|held|hold)/i.test(t.text)) return false;
  const before = sentence.slice(Math.max(0, t.start - 90), t.start);
  if (PEOPLE_ABOARD_BEFORE.test(before)) return false;
  return VESSEL_OBJECT_AFTER.test(sentence.slice(t.end, t.end + 60)) || VESSEL_BEFORE.test(before);
}

// "the two-year grace period for repatriating workers", "a deadline to send the laborers home": a rule's timetable.
const TIMETABLE_BEFORE = /\b(?:grace period|deadline|timetable|time ?limit|time ?frame)\s+(?:for|of|to)\s+(?:[\w'’-]+\s+){0,2}?$/i;

// "relatives of people convicted of political crimes": a class of people a past verdict describes, none tried here.
const CLASS_CONVICTED_BEFORE = /(?:^|[,;:(]\s*|\b(?:of|for|or|and|to|as|like|against|with|on)\s+)(?:people|persons|those|anyone|citizens|residents)\s+(?:who\s+(?:are|were|have been|had been)\s+)?$/i;

function isTimetableOrClass(sentence: string, t: Trigger): boolean {
  const before = sentence.slice(Math.max(0, t.start - 60), t.start);
  if (/ing$/i.test(t.text.split(/\s/)[0]) && TIMETABLE_BEFORE.test(before)) return true;
  return t.type === 'trial' && /^convicted\b/i.test(t.text) && CLASS_CONVICTED_BEFORE.test(before);
}

/** Whether the trigger names no event of its own for one of the reasons above. */
export function isNonEvent(sentence: string, t: Trigger): boolean {
  if (isParentsCalledOverPupils(sentence, t) || isVanishedByState(sentence, t) || isRollOfNames(sentence, t.start)) return true;
  if (isPrescribedByRule(sentence, t.start)) return true;
  if ((t.type === 'trial' || t.type === 'execution') && isOffenceClass(sentence)) return true;
  if (isMessageContent(sentence, t.start) || isTitleOfBody(sentence, t)) return true;
  if ((t.type === 'crackdown' || t.type === 'indoctrination') && isTimelessStatement(sentence)) return true;
  if (isWatchOfNewsOrDoubt(sentence, t) || isWatchAfterRelease(sentence, t)) return true;
  if (isAlternativeOrLikeness(sentence, t.start) || isMeetingOfOfficials(sentence, t)) return true;
  if (isCrossingAsCharge(sentence, t) || isUndoneCrossing(sentence, t) || isAnyCase(sentence, t.start) || isReportedKind(sentence, t)) return true;
  if (isHeldBackKind(sentence, t) || isShipHeld(sentence, t) || isTimetableOrClass(sentence, t)) return true;
  return isForeignStatesBody(sentence, t) || isCauseOfFigure(sentence, t) || isFrequencyStatement(sentence, t.end);
}
