import {
  addDays, addMonths, daysInMonth, formatDay, formatMonth, mondayOf, MONTH_PATTERN, MONTHS, parseMonthName, previousWeekday, type Ymd,
} from './calendar';
import type { DatePattern, PatternResult } from './date-patterns';

/** Expressions for spans shorter than a month or tied to "the month" of the story: weekends, numbered weeks. */

// Full month names only, capitalised, so the verb "may" is no month.
const MONTH_WORD = new RegExp(String.raw`\b(${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})\b`, 'g');
const UNKNOWN: PatternResult = { date: null, precision: 'unknown' };
const SATURDAY = 6;
const WEEK_START: Record<string, number> = { first: 1, second: 8, third: 15, fourth: 22 };

function weekOf(y: number, m: number, which: string): PatternResult {
  const w = which.toLowerCase();
  const day = w === 'last' || w === 'final' ? daysInMonth(y, m) - 6 : WEEK_START[w];
  return day ? { date: formatDay({ y, m, d: day }), precision: 'week' } : null;
}

/** The latest month `month` that has begun by publication: "the first week of October" in a November story. */
function latestYear(pub: Ymd, month: number): number {
  return month <= pub.m ? pub.y : pub.y - 1;
}

// Fixed-date days reporters name instead of a date (North Korea's own holidays included).
const HOLIDAYS: [RegExp, number, number][] = [
  [/new year['’]?s day/i, 1, 1],
  [/new year['’]?s eve/i, 12, 31],
  [/christmas(?: day)?/i, 12, 25],
  [/(?:day of the sun|kim il[- ]sung['’]s birthday)/i, 4, 15],
  [/(?:day of the shining star|kim jong[- ]il['’]s birthday)/i, 2, 16],
  [/(?:party foundation day|party founding anniversary)/i, 10, 10],
  [/liberation day/i, 8, 15],
];

/** The latest such day on or before publication. */
function latestDay(pub: Ymd, m: number, d: number): string {
  const y = m < pub.m || (m === pub.m && d <= pub.d) ? pub.y : pub.y - 1;
  return formatDay({ y, m, d });
}

// The month each season begins in (northern hemisphere); winter spans two years, so it gives no year.
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9 };

// "early autumn" is its first month, "mid-autumn" its second, "late autumn" its third.
const SEASON_PART: Record<string, number> = { early: 0, mid: 1, late: 2 };

/**
 * "this autumn", "last spring", "in the summer": the year of the latest such season begun by publication. A part
 * of the season ("in late autumn", "early this spring") is that part's month: late autumn is November.
 */
function seasonYear(pub: Ymd, season: string, which: string, part?: string): PatternResult {
  const start = SEASON_START[season.toLowerCase()];
  if (!start) return UNKNOWN;
  const latest = latestYear(pub, start);
  // "last spring" in a May story is the spring a year before; in a November story it is this year's.
  const y = which.toLowerCase() === 'last' && start <= pub.m && pub.m < start + 3 ? latest - 1 : latest;
  const offset = part ? SEASON_PART[part.toLowerCase().replace(/-$/, '')] : undefined;
  if (offset === undefined) return { date: String(y), precision: 'year' };
  const month = start + offset;
  // A part not yet reached in the season's latest year ("late autumn" in an October story) is the year before's.
  return { date: formatMonth(y === pub.y && month > pub.m ? y - 1 : y, month), precision: 'month' };
}

export const PERIOD_PATTERNS: DatePattern[] = [
  {
    // "this autumn", "last spring", "in the summer", "early this spring": a season with no year printed.
    name: 'season',
    // "much of the spring", "most of the summer": the season with no year, like "in the spring".
    re: /\b(?:(early|late|mid-)\s*)?(this|last|in|during|over|(?:much|most|all|part) of)\s+(?:the\s+)?(?:(early|late|mid-)\s*)?(spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?\d{4})/gi,
    resolve: (m, pub) => (pub ? seasonYear(pub, m[4], m[2], m[1] ?? m[3]) : UNKNOWN),
  },
  {
    name: 'holiday',
    re: /\b(?:on\s+|over\s+|during\s+|before\s+|after\s+)?(?:new year['’]?s (?:day|eve)|christmas(?: day)?|the day of the sun|the day of the shining star|kim il[- ]sung['’]s birthday|kim jong[- ]il['’]s birthday|party foundation day|liberation day)\b/gi,
    resolve: (m, pub) => {
      const [, month, day] = HOLIDAYS.find(([re]) => re.test(m[0])) ?? [];
      if (!month || !day) return null;
      // "before Christmas" or "after the Day of the Sun" is near the day, not on it.
      const near = /^(?:before|after)\b/i.test(m[0]);
      if (!pub) return UNKNOWN;
      const date = latestDay(pub, month, day);
      return near ? { date: date.slice(0, 7), precision: 'month' } : { date, precision: 'day' };
    },
  },
  {
    // "in the last days of August", "the first few days of March": the month itself.
    name: 'days-of-month',
    re: new RegExp(String.raw`\bthe\s+(?:last|final|first|closing|opening)\s+(?:few\s+)?days\s+of\s+${MONTH_PATTERN}(?:,?\s+(\d{4}))?`, 'gi'),
    resolve: (m, pub) => {
      const month = m[1][0] === m[1][0].toUpperCase() ? parseMonthName(m[1]) : 0;
      if (!month) return null;
      const year = m[2] ? Number(m[2]) : pub ? latestYear(pub, month) : null;
      return year ? { date: formatMonth(year, month), precision: 'month' } : UNKNOWN;
    },
  },
  {
    // "the week before last", "the month before last": two steps back from publication.
    name: 'before-last',
    re: /\bthe\s+(week|month)\s+before\s+last\b/gi,
    resolve: (m, pub) => {
      if (!pub) return UNKNOWN;
      if (m[1].toLowerCase() === 'week') return { date: formatDay(addDays(mondayOf(pub), -14)), precision: 'week' };
      const { y, m: month } = addMonths(pub.y, pub.m, -2);
      return { date: formatMonth(y, month), precision: 'month' };
    },
  },
  {
    // "over the weekend", "this past weekend", "last weekend": the Saturday of the latest weekend before publication.
    name: 'weekend',
    re: /\b(?:(?:over|during|at|on)\s+the|this\s+past|the\s+past|last|this)\s+weekend\b/gi,
    resolve: (_m, pub) => (pub ? { date: formatDay(previousWeekday(pub, SATURDAY)), precision: 'week' } : UNKNOWN),
  },
  {
    name: 'week-of-month',
    re: new RegExp(String.raw`\bthe\s+(first|second|third|fourth|last|final)\s+week\s+of\s+(?:${MONTH_PATTERN}(?:,?\s+(\d{4}))?|(this|last|the)\s+month)`, 'gi'),
    resolve: (m, pub) => {
      if (m[2]) {
        const month = m[2][0] === m[2][0].toUpperCase() ? parseMonthName(m[2]) : 0;
        if (!month) return null;
        const year = m[3] ? Number(m[3]) : pub ? latestYear(pub, month) : null;
        return year ? weekOf(year, month, m[1]) : UNKNOWN;
      }
      if (!pub) return UNKNOWN;
      const { y, m: month } = addMonths(pub.y, pub.m, m[4].toLowerCase() === 'last' ? -1 : 0);
      return weekOf(y, month, m[1]);
    },
  },
  {
    // "over the past month", "in the past week": the span just before publication, dated by its middle.
    name: 'past-span',
    re: /\b(?:over|in|during|within|throughout)\s+the\s+past\s+(week|fortnight|month)\b/gi,
    resolve: (m, pub) => {
      if (!pub) return UNKNOWN;
      const unit = m[1].toLowerCase();
      if (unit === 'month') {
        const mid = addDays(pub, -15);
        return { date: formatMonth(mid.y, mid.m), precision: 'month' };
      }
      return { date: formatDay(addDays(pub, unit === 'week' ? -4 : -7)), precision: 'week' };
    },
  },
  {
    // "since the start of the year", "at the beginning of this year": January of the publication year.
    name: 'start-of-year',
    re: /\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+year\b/gi,
    resolve: (_m, pub) => (pub ? { date: formatMonth(pub.y, 1), precision: 'month' } : UNKNOWN),
  },
  {
    // "at the start of the month", "early in the month": with no other month named, the story's own month.
    name: 'part-of-the-month',
    re: /\b(?:(?:at|since|from|by|until)\s+the\s+(?:start|beginning|end)\s+of|in\s+the\s+middle\s+of|(?:early|late)\s+in)\s+the\s+month\b/gi,
    resolve: (m, pub, input) => {
      if (!pub) return UNKNOWN;
      // "arrested in October and sent back at the end of the month": the month named before, not publication's.
      const named = [...input.slice(0, m.index).matchAll(MONTH_WORD)].map((w) => parseMonthName(w[1])).filter(Boolean).at(-1);
      if (named) return { date: formatMonth(latestYear(pub, named), named), precision: 'month' };
      return { date: formatMonth(pub.y, pub.m), precision: 'month' };
    },
  },
];
