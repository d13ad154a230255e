/**
 * The calendar as reports speak of it: month and weekday names, and the rules that place a bare "in May" or
 * "on Tuesday" before publication. The arithmetic itself lives in lib/dates/calendar.
 */
import { addDays, addMonths, isValidDay, weekdayOf, type Ymd } from '@/lib/dates/calendar';

export {
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  formatMonth,
  isValidDay,
  mondayOf,
  parseIsoDate,
  weekdayOf,
  type Ymd,
} from '@/lib/dates/calendar';

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/**
 * A month name as reports write it, full or abbreviated ("Jan", "Sept.", "June"), as one capture group for
 * the date patterns to build on; `parseMonthName` turns the capture into 1..12.
 */
export const MONTH_PATTERN = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** "Sept." / "nov" / "November" → 1..12, or 0 when it is not a month. */
export function parseMonthName(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w) && (w.length >= 3 || m === w));
  if (i < 0) return 0;
  // "Sept" is the only four-letter abbreviation in use; "Marc" or "Janu" are not words.
  if (w.length > 3 && w !== MONTHS[i] && w !== 'sept') return 0;
  return i + 1;
}

/** Reports describe the past: a bare weekday is the latest one strictly before publication. */
export function previousWeekday(pub: Ymd, weekday: number): Ymd {
  const back = (weekdayOf(pub) - weekday + 7) % 7 || 7;
  return addDays(pub, -back);
}

/**
 * A weekday named in a report: the publication day itself when it is that weekday (wire copy dated Thursday says
 * "early Thursday" of that day), else the latest one before it. `lastWeek` ("last Thursday", "this past
 * Thursday") always means one strictly before publication.
 */
export function reportedWeekday(pub: Ymd, weekday: number, lastWeek = false): Ymd {
  if (!lastWeek && weekdayOf(pub) === weekday) return pub;
  return previousWeekday(pub, weekday);
}

/** The year of the latest month `month` that has begun by publication (so "in May" in a May story is this May). */
export function yearOfLatestMonth(pub: Ymd, month: number, strictlyBefore = false): number {
  if (month < pub.m) return pub.y;
  if (month === pub.m && !strictlyBefore) return pub.y;
  return pub.y - 1;
}

/** The latest day numbered `day` on or before publication, skipping months too short to have it. */
export function latestDayNumbered(pub: Ymd, day: number): Ymd | null {
  if (day < 1 || day > 31) return null;
  let { y, m } = pub;
  if (day > pub.d) ({ y, m } = addMonths(y, m, -1));
  for (let i = 0; i < 12; i++) {
    if (isValidDay(y, m, day)) return { y, m, d: day };
    ({ y, m } = addMonths(y, m, -1));
  }
  return null;
}
