import { eventDatesIn } from './choose-date';
import { findTriggers } from './find-triggers';
import { linksBack } from './inherit-dates';
import { LASTING_TYPES } from './lexicon-control';
import type { DateChoice, MergedIncident, Sentence } from './types';

// How far after an undated lead the sentences that fill it in are looked for.
const FOLLOW_UP_SENTENCES = 3;
// How far back a sentence that says it follows an earlier event ("After the shooting, …") looks for that event's date.
const LINKED_BACK_SENTENCES = 4;
// A date two years or more before publication is background ("the law adopted in 2023"), not the lead's event.
const BACKGROUND_MONTHS = 24;

// Months since year 0; a bare year counts as its December.
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7) || 12);
}

/** The first event date a sentence with no event of its own lends another sentence's event (only assumed). */
function lentDate(text: string, publishedAt: string | null): DateChoice | null {
  const found = recentEventDates(text, publishedAt).find((d) => !datesEarlierStep(text.slice(0, d.index)));
  return found?.date ? { date: found.date, precision: found.precision, mentioned: false } : null;
}

/** The first date an event could take from the sentences after `from` that tell no event of their own. */
function followUpDate(from: number, sentences: Sentence[], eventSentences: Set<number>, publishedAt: string | null): DateChoice | null {
  const last = Math.min(sentences.length - 1, from + FOLLOW_UP_SENTENCES);
  for (let i = from + 1; i <= last; i++) {
    // A sentence that tells an event dates that event.
    if (eventSentences.has(i)) continue;
    const date = lentDate(sentences[i].text, publishedAt);
    if (date) return date;
  }
  return null;
}

// "After the theft was discovered in June, ...": a fronted time clause dates the step before the main clause.
const FRONTED_TIME_CLAUSE = /^[“"']?(?:after|before|when|once|until|as soon as)\b[^,;]*$/i;
// "had failed to report his fever in mid-July": the past perfect tells what came before the lead's event.
const PAST_PERFECT_CLAUSE = /\bhad\s+(?:not\s+|already\s+|also\s+|\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t|wn|ne)\b[^,;]*$/i;

/** Whether the words before a date put it in a clause about an earlier step, not the event the lead told. */
function datesEarlierStep(before: string): boolean {
  return FRONTED_TIME_CLAUSE.test(before) || PAST_PERFECT_CLAUSE.test(before);
}

// "Since then", "since the escape", "have since been searching": a state that began with the event told before.
const SINCE_EARLIER_EVENT =
  /\bsince (?:then|that (?:time|day)|(?:the|his|her|their) (?:\w+ )?(?:incident|escape|disappearance|defection|arrests?|raids?|shooting|execution|trial|crackdown|discovery|protest|sit-in|crossing))\b|\b(?:has|have) since\b/i;

// Measures and sessions go on for a while (LASTING_TYPES), so they can be said to run "since" an event; an escape or
// arrest cannot.
function runsSinceEarlierEvent(incident: MergedIncident): MergedIncident['mentions'][number] | undefined {
  return LASTING_TYPES.includes(incident.type) ? incident.mentions.find((m) => SINCE_EARLIER_EVENT.test(m.evidence)) : undefined;
}

function isBackground(date: string, publishedAt: string | null): boolean {
  return !!publishedAt && monthIndex(publishedAt) - monthIndex(date) >= BACKGROUND_MONTHS;
}

/** A sentence's event dates finer than a year and not background: the ones another sentence's event may take. */
function recentEventDates(text: string, publishedAt: string | null) {
  return eventDatesIn(text, publishedAt).filter((d) => d.date && d.precision !== 'year' && !isBackground(d.date, publishedAt));
}

/**
 * "After the shooting, the agency began searching houses": when the event it follows was told without being an
 * incident, its date is the latest event date of the sentences just before (its month: "after" is not the same day).
 */
function linkedBackDate(from: number, sentences: Sentence[], publishedAt: string | null): DateChoice | null {
  if (!linksBack(sentences[from].text)) return null;
  let looked = 0;
  for (let i = from - 1; i >= 0 && looked < LINKED_BACK_SENTENCES; i--) {
    // A closing quote mark left on its own is no sentence to count.
    if (!/\w+\W+\w+\W+\w+/.test(sentences[i].text)) continue;
    looked++;
    const found = recentEventDates(sentences[i].text, publishedAt).at(-1);
    if (found?.date) return { date: found.date.slice(0, 7), precision: 'month', mentioned: false };
  }
  return null;
}

/**
 * "A North Korean soldier walked across the border early Tuesday. The soldier crossed the line at around 6 a.m.": a
 * lead that says when, but tells no event the extractor took, dates the next sentence when that one points back to
 * it ("The soldier", "He", "They") and gives no date of its own.
 */
const DEFINITE_SUBJECT = /^[“"']?(?:(?:the|this|that|these|those) (?:[\w-]+ ){0,2}?[\w-]+|he|she|they|both)\b/i;

const PUBLICATION_LEAD = /\b(?:report|released|published|publishes|announced|survey|study|white paper)\b/i;

function leadDate(from: number, sentences: Sentence[], eventSentences: Set<number>, publishedAt: string | null): DateChoice | null {
  const lead = from - 1;
  if (lead < 0 || eventSentences.has(lead) || sentences[lead].paragraph < sentences[from].paragraph - 1) return null;
  if (!DEFINITE_SUBJECT.test(sentences[from].text)) return null;
  // "The ministry released a report on Friday": a lead about a publication dates the publication, not what it tells.
  if (PUBLICATION_LEAD.test(sentences[lead].text)) return null;
  const dates = recentEventDates(sentences[lead].text, publishedAt);
  const [only] = dates;
  return dates.length === 1 && only.date ? { date: only.date, precision: only.precision, mentioned: false } : null;
}

/**
 * "Guards shot a fisherman in Ongjin. ... 'He went out before dawn on the 2nd. The guards fired without warning.'": when
 * the event is told again further on, the sentence just before that retelling, in the same paragraph, gives its date.
 */
function detailDate(incident: MergedIncident, first: number, sentences: Sentence[], eventSentences: Set<number>, publishedAt: string | null): DateChoice | null {
  // The retelling may name no place, so it need not have become a mention: its trigger is enough.
  const retold = new Set(incident.mentions.map((m) => m.sentence));
  for (let i = first + 2; i <= Math.min(sentences.length - 1, first + FOLLOW_UP_SENTENCES + 1); i++) {
    if (findTriggers(sentences[i].text).some((t) => t.type === incident.type)) retold.add(i);
  }
  for (const at of [...retold].sort((a, b) => a - b)) {
    const before = at - 1;
    if (at <= first + 1 || eventSentences.has(before) || sentences[before].paragraph !== sentences[at].paragraph) continue;
    const date = lentDate(sentences[before].text, publishedAt);
    if (date) return date;
  }
  return null;
}

/**
 * A lead sentence often tells an event with no date and the next sentences fill it in ("A trade official has
 * defected." "The official ... left his post in September."). An incident still undated takes the first event date
 * of the three sentences after its first mention that tell no event of their own.
 */
export function dateFromFollowUps(incidents: MergedIncident[], sentences: Sentence[], publishedAt: string | null): void {
  const eventSentences = new Set(incidents.flatMap((i) => i.mentions.map((m) => m.sentence)));
  for (const incident of incidents) {
    if (incident.date.date || runsSinceEarlierEvent(incident)) continue;
    const first = Math.min(...incident.mentions.map((m) => m.sentence));
    const date =
      linkedBackDate(first, sentences, publishedAt) ??
      leadDate(first, sentences, eventSentences, publishedAt) ??
      detailDate(incident, first, sentences, eventSentences, publishedAt) ??
      followUpDate(first, sentences, eventSentences, publishedAt);
    if (date) incident.date = date;
  }
}

/**
 * "Since the escape, managers have confiscated phones": a measure dated only by the event it follows starts in that
 * event's month (the nearest dated incident told before it).
 */
export function dateFromEarlierEvent(incidents: MergedIncident[], publishedAt: string | null): void {
  for (const incident of incidents) {
    const since = runsSinceEarlierEvent(incident);
    if (incident.date.date || !since) continue;
    // A flashback or a years-old event is background the measure does not follow from.
    const told = (o: MergedIncident) => o.mentions.some((m) => m.sentence < since.sentence && !m.flashback);
    const earlier = incidents
      .filter((o) => o !== incident && o.date.date && !isBackground(o.date.date, publishedAt) && told(o))
      .sort((a, b) => Math.min(...b.mentions.map((m) => m.sentence)) - Math.min(...a.mentions.map((m) => m.sentence)))[0];
    const date = earlier?.date.date;
    if (date) incident.date = { date: date.slice(0, 7), precision: date.length === 4 ? 'year' : 'month', mentioned: false };
  }
}
