import type { DatePrecision } from '@/lib/taxonomy';
import {
  addDays, addMonths, formatDay, formatMonth, isValidDay, latestDayNumbered, mondayOf, MONTH_PATTERN, parseMonthName,
  reportedWeekday, WEEKDAYS, yearOfLatestMonth, type Ymd,
} from './calendar';

/** What a pattern makes of one match: a date, an unresolvable date (`date: null`), or `null` = not a date. */
export type PatternResult = { date: string | null; precision: DatePrecision } | null;
export type DatePattern = { name: string; re: RegExp; resolve: (m: RegExpExecArray, pub: Ymd | null, input: string) => PatternResult };

const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const PART = String.raw`(?:(early|mid|late)[-\s]+|(?:the\s+)?(beginning|start|middle|end|(?:first|second|latter|last) half)\s+of\s+)`;
const NUMBER_WORDS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const UNKNOWN: PatternResult = { date: null, precision: 'unknown' };

/** The flags are case-insensitive, so proper nouns are checked here: "may" and "march" are also verbs. */
function isCapitalised(word: string | undefined): boolean {
  return !!word && word[0] === word[0].toUpperCase();
}

function monthOf(word: string | undefined): number {
  return word && isCapitalised(word) ? parseMonthName(word) : 0;
}

function explicitYear(text: string | undefined): number | null {
  const y = text ? Number(text) : NaN;
  return y >= 1900 && y <= 2100 ? y : null;
}

function resolveDay(month: number, day: number, yearText: string | undefined, pub: Ymd | null): PatternResult {
  const year = explicitYear(yearText);
  if (year !== null) return isValidDay(year, month, day) ? { date: formatDay({ y: year, m: month, d: day }), precision: 'day' } : null;
  if (day < 1 || day > 31) return null;
  if (!pub) return UNKNOWN;
  // No year printed: the latest such day on or before publication ("Nov. 10" in January → last November).
  const after = month > pub.m || (month === pub.m && day > pub.d);
  const y = after ? pub.y - 1 : pub.y;
  return isValidDay(y, month, day) ? { date: formatDay({ y, m: month, d: day }), precision: 'day' } : null;
}

function resolveMonth(month: number, yearText: string | undefined, pub: Ymd | null, strictlyBefore = false): PatternResult {
  const year = explicitYear(yearText);
  if (year !== null) return { date: formatMonth(year, month), precision: 'month' };
  if (!pub) return UNKNOWN;
  return { date: formatMonth(yearOfLatestMonth(pub, month, strictlyBefore), month), precision: 'month' };
}

function resolveRelative(which: string, unit: string, pub: Ymd | null): PatternResult {
  if (!pub) return UNKNOWN;
  const back = which.toLowerCase() === 'last' ? 1 : 0;
  if (unit === 'year') return { date: String(pub.y - back), precision: 'year' };
  if (unit === 'week') return { date: formatDay(addDays(mondayOf(pub), -7 * back)), precision: 'week' };
  const { y, m } = addMonths(pub.y, pub.m, -back);
  return { date: formatMonth(y, m), precision: 'month' };
}

function resolveAgo(count: string, unit: string, pub: Ymd | null): PatternResult {
  const n = /^\d+$/.test(count) ? Number(count) : Math.max(1, NUMBER_WORDS.indexOf(count.toLowerCase()) - 1);
  if (!pub) return UNKNOWN;
  if (unit === 'year') return { date: String(pub.y - n), precision: 'year' };
  // "fled a decade ago": the year ten years back, as near as the text gives it.
  if (unit === 'decade') return { date: String(pub.y - 10 * n), precision: 'year' };
  if (unit === 'month') {
    const { y, m } = addMonths(pub.y, pub.m, -n);
    return { date: formatMonth(y, m), precision: 'month' };
  }
  if (unit === 'week') return { date: formatDay(mondayOf(addDays(pub, -7 * n))), precision: 'week' };
  return { date: formatDay(addDays(pub, -n)), precision: 'day' };
}

/** Words after "the 9th" that show it counts something other than days ("the 9th plenary session"). */
const NOT_A_DAY_AFTER = /^\s*(?:[A-Z]|plenary|session|meeting|congress|conference|anniversary|century|birthday|floor|grade|year|time|round|generation|division|corps|brigade|regiment|army|term|enlarged|party|anniversar)/;

// The year after a day: "May 4, 2019", "May 4 2019", and the newspaper layout "Mar 09,2026" with no space after the
// comma (only before a year of this or the last century, so "May 4,1000 people" stays a count).
const YEAR_AFTER = String.raw`(?:,?\s+|,(?=(?:19|20)\d\d\b))(\d{4})\b`;

export const DATE_PATTERNS: DatePattern[] = [
  {
    name: 'month-day',
    re: new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?${MONTH_PATTERN}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:)(?:${YEAR_AFTER})?`, 'gi'),
    resolve: (m, pub) => (monthOf(m[1]) ? resolveDay(monthOf(m[1]), Number(m[2]), m[3], pub) : null),
  },
  {
    name: 'day-month',
    re: new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PATTERN}(?![a-z])(?:${YEAR_AFTER})?`, 'gi'),
    resolve: (m, pub) => (monthOf(m[2]) ? resolveDay(monthOf(m[2]), Number(m[1]), m[3], pub) : null),
  },
  {
    name: 'month-year',
    re: new RegExp(String.raw`\b${PART}?${MONTH_PATTERN},?\s+(\d{4})\b`, 'gi'),
    resolve: (m, pub) => (monthOf(m[3]) && explicitYear(m[4]) ? resolveMonth(monthOf(m[3]), m[4], pub) : null),
  },
  {
    name: 'month-of-relative-year',
    re: new RegExp(String.raw`\b${PART}?${MONTH_PATTERN}\s+(?:of\s+)?(this|last)\s+year\b`, 'gi'),
    resolve: (m, pub) => {
      const month = monthOf(m[3]);
      if (!month) return null;
      if (!pub) return UNKNOWN;
      return { date: formatMonth(pub.y - (m[4].toLowerCase() === 'last' ? 1 : 0), month), precision: 'month' };
    },
  },
  {
    name: 'part-of-month',
    re: new RegExp(String.raw`\b${PART}${MONTH_PATTERN}(?![a-z])`, 'gi'),
    resolve: (m, pub) => (monthOf(m[3]) ? resolveMonth(monthOf(m[3]), undefined, pub) : null),
  },
  {
    name: 'bare-month',
    // "through much of March", "for most of April": the month, with what stands between the preposition and it.
    re: new RegExp(String.raw`\b(in|since|during|from|until|till|through|by|before|after|between|and|to|around|last|this|of)\s+(?:(?:much|most|all|part|the rest) of\s+)?${MONTH_PATTERN}(?![a-z])(?!\s*\d)`, 'gi'),
    resolve: (m, pub) => {
      const month = monthOf(m[2]);
      // "of May" is usually a name ("Ministry of March"?) unless it follows a day, which month-day handles.
      if (!month || m[1].toLowerCase() === 'of') return null;
      return resolveMonth(month, undefined, pub, m[1].toLowerCase() === 'last');
    },
  },
  {
    name: 'relative-period',
    // "this year's harvest" names a thing of that year, not when an event happened.
    re: new RegExp(String.raw`\b(?:(?:early|mid|late|earlier|later)[-\s]+(?:in\s+)?|${PART})?(this|last)\s+(month|year|week)\b(?!['’]s\b)`, 'gi'),
    resolve: (m, pub) => resolveRelative(m[3], m[4].toLowerCase(), pub),
  },
  {
    name: 'ago',
    re: new RegExp(String.raw`\b(${NUMBER_WORDS.join('|')}|\d{1,2})\s+(day|week|month|year|decade)s?\s+ago\b`, 'gi'),
    resolve: (m, pub) => resolveAgo(m[1], m[2].toLowerCase(), pub),
  },
  {
    // A wire story's own day: "crossed the maritime border overnight", "early today". ("Today" alone is left out: "the
    // North today" describes a state, not the day of an event.)
    name: 'same-day',
    re: /\b(?:overnight|(?:earlier|early|late) today|this (?:morning|afternoon|evening)|last night)\b/gi,
    resolve: (m, pub) => (pub ? { date: formatDay(addDays(pub, /^last/i.test(m[0]) ? -1 : 0)), precision: 'day' } : UNKNOWN),
  },
  {
    name: 'yesterday',
    re: /\b(?:the\s+day\s+before\s+)?yesterday\b/gi,
    resolve: (m, pub) => (pub ? { date: formatDay(addDays(pub, m[0].length > 9 ? -2 : -1)), precision: 'day' } : UNKNOWN),
  },
  {
    name: 'ordinal-day',
    re: /\b(?:(on|since|from|until|till|by|before|after|around|between|and|to)\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|last)\s+month\b)?/gi,
    resolve: (m, pub, input) => {
      if (!m[1] && !m[3]) return null;
      if (!m[3] && NOT_A_DAY_AFTER.test(input.slice(m.index + m[0].length))) return null;
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      if (!pub) return UNKNOWN;
      if (m[3]) {
        const { y, m: month } = addMonths(pub.y, pub.m, m[3].toLowerCase() === 'last' ? -1 : 0);
        return isValidDay(y, month, day) ? { date: formatDay({ y, m: month, d: day }), precision: 'day' } : null;
      }
      const found = latestDayNumbered(pub, day);
      return found ? { date: formatDay(found), precision: 'day' } : null;
    },
  },
  {
    name: 'weekday',
    re: new RegExp(String.raw`\b(?:(last|this\s+past|past|on|this)\s+)?(${WEEKDAY})(s)?\b`, 'gi'),
    resolve: (m, pub, input) => {
      // "on Tuesdays" is a habit, not a date; "on a Sunday late last month" is some Sunday the rest of the phrase dates.
      if (m[3] || !isCapitalised(m[2])) return null;
      if (!m[1] && /\b(?:a|one)\s+$/i.test(input.slice(0, m.index))) return null;
      if (!pub) return UNKNOWN;
      const weekday = WEEKDAYS.indexOf(m[2].toLowerCase() as (typeof WEEKDAYS)[number]);
      const lastWeek = /^(?:last|this\s+past|past)$/i.test(m[1] ?? '');
      return { date: formatDay(reportedWeekday(pub, weekday, lastWeek)), precision: 'day' };
    },
  },
  {
    name: 'iso-day',
    // "2022.09.05", and the Korean layout with a space after each dot ("2022. 09. 05").
    re: /\b(\d{4})(?:[-/]|\. ?)(\d{1,2})(?:[-/]|\. ?)(\d{1,2})\b(?![-./]\d)/g,
    resolve: (m) => resolveDay(Number(m[2]), Number(m[3]), m[1], null),
  },
  {
    name: 'numeric-day',
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g,
    resolve: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      // Month first as in US usage, unless the first number cannot be a month.
      return a > 12 ? resolveDay(b, a, m[3], null) : resolveDay(a, b, m[3], null);
    },
  },
  {
    name: 'year',
    re: /\b(in|since|during|from|until|till|through|by|before|after|between|early|mid|late|around|the\s+year|of)[-\s]+(\d{4})\b(?!['’]?s\b)(?!\s*(?:people|persons|yuan|won|dollars|tons|units|households|soldiers|workers|cases|times|km|meters|residents))/gi,
    resolve: (m) => {
      const year = explicitYear(m[2]);
      return year === null ? null : { date: String(year), precision: 'year' };
    },
  },
];
