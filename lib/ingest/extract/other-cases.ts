import { MONTH_PATTERN } from '@/lib/ingest/dates/calendar';
import { MEASURE_DONE_AFTER } from './lexicon-control';

/**
 * Another case than the news: one recalled for comparison, an earlier event named as a point in time, the news counted
 * against others ("the third such crossing"), and a sentence that tells the case before it.
 */

// "In a similar case last year, a man was arrested in 2024": a case recalled for comparison is background.
// (Not "a similar sweep took place at the market in Sunchon": the same measure told as done somewhere else.)
const COMPARISON_CASE = new RegExp(
  String.raw`\b(?:similar|earlier|previous|separate|comparable|another|an older) (?:case|incident|instance)s?\b|\b(?:similar|earlier|previous|comparable) (?:sweep|crackdown|campaign|operation)s?\b(?!${MEASURE_DONE_AFTER})|\bin another case\b`,
  'i',
);

// "since the execution of Jang Song Thaek", "after last year's crackdown": an earlier event named as a point in time
// that the news is measured from, not news itself.
const TIME_REFERENCE_BEFORE =
  /\b(?:ever )?since\s+(?:the\s+|(?:his|her|their|its)\s+|last\s+(?:year|month)['’]s\s+)?$|\b(?:after|following|before|until|ahead of)\s+(?:last\s+(?:year|month)['’]s|(?:the|an?)\s+(?:earlier|previous|\d{4}))\s+$/i;
const EVENT_NOUN = /^(?:(?:public|secret|mass|open|show)\s+)?(?:executions?|crackdowns?|trials?|defections?|escapes?|arrests?|purges?|repatriations?|raids?|detentions?|disappearances?)$/i;

// "the third such maritime defection this year", "the first time in years that a soldier has defected": the event
// is counted against others already told, not told again.
const COUNTED_BEFORE = /\b(?:such|similar)\s+(?:[\w-]+\s+)?$|\bamong the (?:first|last|few|latest|earliest)\s+(?:[\w-]+\s+)?$|\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b[^.;]{0,40}\bthat\b[^.;]{0,60}$/i;

// "word of the executions had spread": news of an event already told, not a new one.
const WORD_OF_BEFORE = /\b(?:word|news|reports?|rumou?rs?|footage|photos?|accounts?|details) of (?:the|these|those|this|that|his|her|their) (?:[\w-]+ )?$/i;

// "It marks the first time a soldier has defected across the MDL since November 2017": the same count without "that",
// with the last case before the news after "since".
const NTH_TIME_BEFORE = /\b(?:first|second|third|fourth|fifth|only)\s+(?:time|such|known|confirmed|reported)\b[^.;]{0,80}$/i;
const SINCE_AFTER = /^[^.;]{0,80}?\b(?:since|in (?:more than |over |nearly |almost )?(?:a|one|two|three|four|five|\d+) (?:years?|months?|decades?))\b/i;

// "a similar census was carried out in July": the same kind of measure, done again elsewhere, is an event of its own.
const A_SIMILAR_BEFORE = /\ba similar\s+(?:[\w-]+\s+)?$/i;
const DONE_AFTER = new RegExp(String.raw`^${MEASURE_DONE_AFTER}\b`, 'i');

function isCounted(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 110), start);
  if (A_SIMILAR_BEFORE.test(before) && DONE_AFTER.test(sentence.slice(end))) return false;
  if (COUNTED_BEFORE.test(before)) return true;
  return NTH_TIME_BEFORE.test(sentence.slice(Math.max(0, start - 90), start)) && SINCE_AFTER.test(sentence.slice(end));
}

export function isTimeReference(sentence: string, start: number, text: string): boolean {
  if (isCounted(sentence, start, start + text.length)) return true;
  if (!EVENT_NOUN.test(text.trim())) return false;
  const before = sentence.slice(Math.max(0, start - 50), start);
  if (WORD_OF_BEFORE.test(before)) return true;
  // "since the public execution": an adjective the trigger did not take in stands between.
  return TIME_REFERENCE_BEFORE.test(before.replace(/(?:\b(?:recent|brutal|high-profile|much-publicized|public|mass)\s+)+$/i, ''));
}

export function isComparisonCase(sentence: string): boolean {
  return COMPARISON_CASE.test(sentence);
}

// "It marks the second crossing this year. In July, a man swam across ...": after a sentence that counts the news
// against earlier cases, a sentence that opens on an earlier time tells one of those cases.
const COUNTS_CASES =
  /\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|latest)\b[^.;]{0,60}?\b(?:this year|so far|since|in (?:a|the) (?:series|string|spate|wave))\b|\b(?:latest|last) in (?:a|the) (?:series|string|spate|wave) of\b/i;
const OPENS_ON_EARLIER_TIME = new RegExp(String.raw`^\s*(?:In|Back in|Earlier in|Earlier this year,? in) (?:(?:early|late|mid-?)\s*)?(?:${MONTH_PATTERN}|spring|summer|autumn|winter)\b`);

// "The last confirmed case before this one came in 2022, when a man crossed ...", "The previous such crossing was in
// June": a sentence that opens on the case before the news tells that earlier case.
const OPENS_ON_PREVIOUS_CASE =
  /^\s*[“"]?(?:The|That) (?:last|previous|most recent|prior) (?:(?:confirmed|known|reported|such|similar) )*(?:case|crossing|defection|incident|escape|one|instance)\b(?:[^.;]{0,40}?\b(?:before|prior to) (?:this|that|the latest|the current)\b)?/i;

export function isEarlierCaseAfterCount(sentence: string, previous: string): boolean {
  return (OPENS_ON_EARLIER_TIME.test(sentence) && COUNTS_CASES.test(previous)) || OPENS_ON_PREVIOUS_CASE.test(sentence);
}
