import { findDates, readDateline, type ResolvedDate } from '@/lib/ingest/dates';
import type { DateChoice, TriggerSpan } from './types';

const NO_DATE: DateChoice = { date: null, precision: 'unknown', mentioned: false };

// Cheap pre-check so the date parsers only run on sentences that can hold a date.
const MAYBE_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|last|this|next|ago|year|month|week|yesterday|today|spring|summer|autumn|fall|winter|lunar|holiday|currently|now|christmas|new year|foundation day|liberation day|day of the|birthday)/i;

// "said last Thursday", "told Daily NK on Tuesday", "in the NK Times on the 27th": when the source spoke.
// "According to a source from Ryanggang Province on the 1st" names the source at more length before the day.
const REPORTING_BEFORE =
  /\b(?:(?:said|says|told|tells|reported|added|explained|noted|confirmed|speaking|spoke|in (?:the )?(?:Daily NK|NK Times|RFA|an interview))\b[^.;]{0,30}|according to\b[^.;,]{0,50})$/i;
// "The source said that in early October, four youths were detained": after "that" the reported event begins.
const REPORTED_CLAUSE_OPENS = /\bthat\b/i;

const FRONTED = /^[\s“"']*(?:\w+ (?:continued|said|added),?\s*[“"']*)?(?:in|on|at|during)?\s*$/i;

const ONGOING_SENTENCE = /\b(?:currently|at present|at the moment|these days|right now)\b/i;
// "is investigating", "are conducting a census", "are being held": the trigger itself is going on now.
const ONGOING_BEFORE = /\b(?:is|are|am)\s+(?:(?:currently|now|still|also)\s+)?(?:\w+ing\s+(?:\w+\s+){0,3})?$/i;
// "They are being held at the detention centre": custody that goes on is the state an arrest left, not a new action.
// So is an inquiry into the people held ("are still being investigated").
const CUSTODY_GOES_ON = /^(?:being\s+)?(?:held|kept|detained|locked up|investigated|questioned|interrogated)\b/i;
// "the 109 sangmu has been going through homes", "checks are being run": a search still under way.
const ONGOING_AFTER = /^[^,.;]{0,30}?\b(?:(?:has|have) been \w+ing|(?:is|are) (?:still |now |currently )?being \w+)\b/i;
// "three managers have already been detained": a present perfect with "already" or "just" is this month's news.
const RECENT_PERFECT_BEFORE = /\b(?:has|have) (?:already|just|recently) been\s+$/i;
// "managers have started signal tracking", "staff have since been searching": a measure begun and still in force.
const STARTED_BEFORE =
  /\b(?:has|have) (?:recently |now |also )?(?:started|begun|launched|introduced|stepped up)\s+(?:\w+\s+){0,2}$|\b(?:has|have) (?:since|now) been\s+$/i;

// "disappeared in late March, and agents have since removed his family": what was done "since" an event dated before it
// happened after that date, which only bounds it from below.
// "the county has since been gripped by a campaign of meetings, searches and arrests": the clause's later nouns too.
const DONE_SINCE_BEFORE = /\b(?:has|have|had) since\s+(?:\w+\s+){0,1}$|\b(?:has|have|had) since (?:been|seen|faced|endured)\b[^.;:]{0,80}$/i;

// Sentences with several triggers ask for their dates once per trigger: keep the last answer.
let cached: { sentence: string; publishedAt: string | null; dates: ResolvedDate[] } | null = null;

// "on the morning of the 15th": the day-of-month reader knows "on the 15th", so ask it about that part.
const TIME_OF_DAY_OF = /\b(?:morning|afternoon|evening|night|dawn) of (the \d{1,2}(?:st|nd|rd|th))\b/gi;

function partOfDayDates(sentence: string, publishedAt: string | null): ResolvedDate[] {
  return [...sentence.matchAll(TIME_OF_DAY_OF)].flatMap((m) =>
    findDates(`on ${m[1]}`, publishedAt).map((d) => ({ ...d, text: m[0], index: m.index ?? 0 })),
  );
}

function datesIn(sentence: string, publishedAt: string | null): ResolvedDate[] {
  if (cached?.sentence === sentence && cached.publishedAt === publishedAt) return cached.dates;
  const found = MAYBE_DATE.test(sentence) ? findDates(sentence, publishedAt) : [];
  // "the afternoon of the 14th of last month" is already read whole; the short reading would lose "last month".
  const overlaps = (e: ResolvedDate) => found.some((f) => f.index < e.index + e.text.length && e.index < f.index + f.text.length);
  const extra = partOfDayDates(sentence, publishedAt).filter((e) => !found.some((f) => f.date === e.date) && !overlaps(e));
  // "SEOUL, Nov. 4 (Yonhap) -- A trade official has defected": the dateline dates the filing, not the event.
  const storyStart = readDateline(sentence)?.end ?? 0;
  const dates = [...found, ...extra].filter((d) => d.index >= storyStart).sort((a, b) => a.index - b.index);
  cached = { sentence, publishedAt, dates };
  return dates;
}

/**
 * The dates a sentence gives events, in reading order: not the day a source spoke, not a date after publication,
 * not a repeat ("every Sunday") or a span ("for three days"), not the start of a state ("since March").
 */
export function eventDatesIn(sentence: string, publishedAt: string | null): ResolvedDate[] {
  return datesIn(sentence, publishedAt).filter(
    (d) =>
      d.date &&
      !isReportingDate(sentence, d, []) &&
      !(publishedAt && d.date > publishedAt) &&
      !/\b(?:every|for|since)\s*$/i.test(sentence.slice(0, d.index)) &&
      !isComingOrYardstick(sentence, d),
  );
}

// "a warning ahead of the Party Foundation Day anniversary in October": an occasion still to come, whose date the
// calendar would otherwise place a year back.
const COMING_OCCASION_BEFORE = /\b(?:ahead of|in the run-up to|in preparation for|in time for|leading up to)\b[^,.;]{0,50}$/i;

// "the first known defection across the land border since last August": the date is the last such case, a yardstick.
const FIRST_SINCE_BEFORE = /\b(?:first|only|largest|biggest|highest|lowest)\b[^.;]{0,80}\bsince\s*$/i;

/** Whether a date names a coming occasion or the yardstick of a "first … since", neither of which dates the event. */
function isComingOrYardstick(sentence: string, d: ResolvedDate): boolean {
  const before = sentence.slice(Math.max(0, d.index - 100), d.index);
  return COMING_OCCASION_BEFORE.test(before.slice(-60)) || FIRST_SINCE_BEFORE.test(before);
}

function isReportingDate(sentence: string, d: ResolvedDate, triggerStarts: number[]): boolean {
  const before = sentence.slice(Math.max(0, d.index - 70), d.index);
  const m = REPORTING_BEFORE.exec(before);
  if (!m || REPORTED_CLAUSE_OPENS.test(m[0])) return false;
  const verbAt = d.index - before.length + m.index;
  return !triggerStarts.some((t) => t > verbAt && t < d.index);
}

/**
 * English puts the time after the verb ("arrested in March and repatriated in early April"): a date between
 * this trigger and the next one wins, then one between the previous trigger and this one, then the nearest.
 */
// The verb of a crossing inside a relative clause: "who drifted across the maritime border in the East Sea".
const CROSSING_CLAUSE = /\b(?:who|that)\s+(?:had\s+)?(?:crossed|drifted|fled|escaped|swam|sailed|slipped|walked across|defected)\b[^,;.]*$/i;

function pickEventDate(sentence: string, dates: ResolvedDate[], start: number, end: number, triggerStarts: number[], crossing = false): ResolvedDate | null {
  // "A worker who fled in September was arrested": a date inside a relative clause dates that clause's verb. A
  // state that follows from it ("who failed to report in March has not been heard from since") keeps it.
  const state = /^(?:has|have|had) not been\b/i.test(sentence.slice(start, end));
  // "Two fishermen who drifted across the sea border on Thursday have asked to stay": the crossing told in the
  // subject's clause is the escape itself, so its date is the escape's.
  const ownCrossing = (d: ResolvedDate) => crossing && CROSSING_CLAUSE.test(sentence.slice(Math.max(0, d.index - 100), d.index));
  if (!state) dates = dates.filter((d) => d.index > start || !inRelativeClause(sentence.slice(0, d.index)) || ownCrossing(d));
  // "The parents of a diplomat who defected last year have been expelled": a long trigger phrase can hold a relative
  // clause, whose date is that clause's event.
  dates = dates.filter((d) => d.index <= start || d.index >= end || !inRelativeClause(sentence.slice(start, d.index)));
  // "detained a woman who had collected money from the families of people who fled in 2019": a year in a relative
  // clause after the verb dates that clause's verb. (Months stay: "arrested two men who were smuggling copper in March".)
  dates = dates.filter((d) => d.index < end || d.precision !== 'year' || !inRelativeClause(sentence.slice(end, d.index)));
  const next = Math.min(...triggerStarts.filter((t) => t > start), Infinity);
  const prev = Math.max(...triggerStarts.filter((t) => t < start), -Infinity);
  const after = dates.filter((d) => d.index > start && d.index < next);
  // "Relatives of a man who fled in January were taken away in March": a long phrase is dated after its verb.
  const afterVerb = after.find((d) => d.index >= end);
  if (afterVerb) return afterVerb;
  if (after.length) return after[0];
  // "since September 2023" starts a state of affairs; it does not date an event named later.
  const earlier = dates.filter((d) => d.index < start && !/\bsince\s*$/i.test(sentence.slice(0, d.index)));
  const before = earlier.filter((d) => d.index > prev);
  if (before.length) return before[before.length - 1];
  // "Last April, a woman was caught ..., and a family was stopped ...": a fronted date covers the sentence.
  const fronted = earlier.find((d) => FRONTED.test(sentence.slice(0, d.index)) && /^\s*,/.test(sentence.slice(d.index + d.text.length)));
  if (fronted) return fronted;
  // Otherwise the date belongs to whichever trigger stands nearest to it.
  const own = dates.filter((d) => triggerStarts.every((t) => Math.abs(d.index - start) <= Math.abs(d.index - t)));
  return own.length ? own.reduce((a, b) => (Math.abs(b.index - start) < Math.abs(a.index - start) ? b : a)) : null;
}

// "sent officials to count the workers, following the disappearance of two of them in March": a date inside the
// phrase naming what the action answered dates that cause.
const CAUSE_BETWEEN = /\b(?:following|in the wake of|in response to)\s+(?:the|a|an|his|her|their|its)\s+[^,;.]*$/i;
const OTHER_CLAUSE = /,\s*(?:but|while|whereas|although|though)\b|;/i;
// "slipped out in late October, setting off a wave of arrests": what an event set off came after its date.
const CONSEQUENCE_BETWEEN = /\b(?:setting off|set off|sparking|triggering|touching off|leading to|resulting in)\b[^.;]{0,60}$/i;
// "shot a woman last month, the first shooting since authorities imposed a shoot-on-sight order": an event told in a
// "since" clause came before the dates of the clause that holds it.
const SINCE_CLAUSE_BEFORE = /\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;

const RELATIVE_CLAUSE_OPEN = /\b(?:who|whose)\s[^,;.“”"]*$/i;
// "the student who brought the drive into school was sent before a court": a finite verb after the clause's own verb
// (not joined to it by "and") is the main clause's, so the relative clause has closed.
const MAIN_VERB_AFTER = /^\s*\S+\s.*?(?<!\band\s)\b(?:was|were|is|are|has been|have been)\s+\w+(?:ed|en|t)\b/i;
// "a family of four who set out by boat from Kimchaek arrived off Sokcho on Saturday": a verb of arrival in the past,
// not joined by "and", closes the clause whose own verb came first.
const ARRIVAL_AFTER = /^\s*\S+\s.*?(?<!\b(?:and|or|had|have|has|to|been)\s)\b(?:arrived|reached|landed|drifted|turned up|showed up|surfaced)\b/i;

/** Whether the text ends inside a relative clause ("a worker who fled in …"), one not yet closed by a main verb. */
function inRelativeClause(before: string): boolean {
  const open = RELATIVE_CLAUSE_OPEN.exec(before);
  if (!open) return false;
  const clause = open[0].replace(/^\S+/, '');
  return !MAIN_VERB_AFTER.test(clause) && !ARRIVAL_AFTER.test(clause);
}

const EARLIER_CLAUSE_BEFORE = /\b(?:months|weeks|years|long|a (?:month|week|year)|(?:two|three|four|five|six|several|many) (?:days|weeks|months|years)) after\s+(?:[\w'’-]+\s+){0,4}$/i;

function isCustodyGoingOn(sentence: string, triggerStart: number): boolean {
  return CUSTODY_GOES_ON.test(sentence.slice(triggerStart));
}

function monthOf(publishedAt: string): string {
  return publishedAt.slice(0, 7);
}

/**
 * The date of the event a trigger names: the nearest event date in its sentence (never the day the source
 * spoke); an ongoing action ("is investigating", "currently") takes the publication month; otherwise none.
 */
export function chooseDate(
  sentence: string,
  triggerStart: number,
  triggerStarts: number[],
  publishedAt: string | null,
  span: TriggerSpan = {},
): DateChoice {
  const found = datesIn(sentence, publishedAt);
  const dates = found.filter(
    // News reports the past: a date after publication is a misreading ("two weeks later").
    (d) =>
      !isReportingDate(sentence, d, triggerStarts) &&
      !(publishedAt && d.date && d.date > publishedAt) &&
      // "every Sunday" repeats and "for three days" lasts; neither dates a single event.
      !/\b(?:every|for)\s*$/i.test(sentence.slice(0, d.index)) &&
      !isComingOrYardstick(sentence, d),
  );
  const end = span.end ?? triggerStart;
  // "handed over late last month, months after police picked them up": the earlier event's date is not given, unless
  // its own clause gives one ("weeks after troops fired warning shots last month").
  const earlier = EARLIER_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, triggerStart - 60), triggerStart));
  // "no movements following the defection, but soldiers have been laying mines since 2024": a date past a contrast
  // ("but", "while", a semicolon) belongs to that other clause.
  const sinceClause = SINCE_CLAUSE_BEFORE.exec(sentence.slice(Math.max(0, triggerStart - 50), triggerStart));
  const sinceAt = sinceClause ? Math.max(0, triggerStart - 50) + sinceClause.index : -1;
  const usable = dates.filter((d) =>
    earlier
      ? d.index >= end && !/[,;]/.test(sentence.slice(end, d.index))
      : (d.index < end || !OTHER_CLAUSE.test(sentence.slice(end, d.index))) &&
        !(d.index < triggerStart && CONSEQUENCE_BETWEEN.test(sentence.slice(d.index, triggerStart))) &&
        !(d.index < sinceAt && sinceAt <= triggerStart) &&
        !(d.index > end && CAUSE_BETWEEN.test(sentence.slice(end, d.index))),
  );
  if (earlier && !usable.length) return NO_DATE;
  const d = usable.length ? pickEventDate(sentence, usable, triggerStart, end, triggerStarts, !!span.crossing) : null;
  if (d) {
    const since =
      /\bsince\s*$/i.test(sentence.slice(0, d.index)) || (d.index < triggerStart && DONE_SINCE_BEFORE.test(sentence.slice(Math.max(0, triggerStart - 120), triggerStart)));
    return { date: d.date, precision: d.date ? d.precision : 'unknown', mentioned: true, ...(since ? { since } : {}) };
  }
  const ongoing =
    ONGOING_SENTENCE.test(sentence) ||
    ONGOING_BEFORE.test(sentence.slice(Math.max(0, triggerStart - 40), triggerStart)) ||
    RECENT_PERFECT_BEFORE.test(sentence.slice(Math.max(0, triggerStart - 30), triggerStart)) ||
    (!!span.ongoingAfter && (ONGOING_AFTER.test(sentence.slice(triggerStart)) || STARTED_BEFORE.test(sentence.slice(Math.max(0, triggerStart - 50), triggerStart))));
  // Custody still going on is dated by the day of the report, but it is the state an arrest told elsewhere left, so
  // the date is only assumed: it neither keeps that arrest apart nor overrides the date the text gives it.
  if (publishedAt && ongoing) return { date: monthOf(publishedAt), precision: 'month', mentioned: !isCustodyGoingOn(sentence, triggerStart) };
  // "A court sentenced five traders, a source said Tuesday, May 21, 2013": news told with the full date the source
  // spoke and no date of its own is that month's news. The month is only assumed. (A bare "said Friday" is the
  // wire's filing day, which a later sentence usually corrects.)
  const spoke = found.filter((d) => d.precision === 'day' && d.date && /\d{4}/.test(d.text) && isReportingDate(sentence, d, triggerStarts));
  if (spoke.length === 1 && dates.length === 0) return { date: spoke[0].date!.slice(0, 7), precision: 'month', mentioned: false };
  return NO_DATE;
}
