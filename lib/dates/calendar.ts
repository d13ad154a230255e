/**
 * Every piece of calendar arithmetic in the project: partial dates (`2024`, `2024-02`, `2024-02-29`), ISO
 * weeks, the days a date covers, and the `from`/`to` bounds of a filter. date-fns does the arithmetic; dates
 * are built and read in local time on both sides, so the machine's time zone never shifts a day.
 *
 * @example
 *   toDateRange('2024-02', 'month')  // → { dateStart: '2024-02-01', dateEnd: '2024-02-29' }
 *   toIsoWeek('2021-01-03')          // → '2020-W53'
 *   endOfDateBound('2024-02')        // → '2024-02-29'
 */
import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  differenceInCalendarDays,
  format,
  getDaysInMonth,
  getISOWeek,
  getISOWeekYear,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';
import type { DatePrecision } from '@/lib/taxonomy';

export type Ymd = { y: number; m: number; d: number };
export type DateRange = { dateStart: string; dateEnd: string };

const toDate = ({ y, m, d }: Ymd): Date => {
  const date = new Date(2000, m - 1, d);
  date.setFullYear(y); // years below 100 would otherwise be read as 19xx
  return date;
};
const fromDate = (date: Date): Ymd => ({ y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() });

export function parseIsoDate(iso: string | null): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function daysInMonth(y: number, m: number): number {
  return getDaysInMonth(toDate({ y, m, d: 1 }));
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function formatDay({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function formatMonth(y: number, m: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDate(addDaysToDate(toDate(date), days));
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const { y: year, m: month } = fromDate(addMonthsToDate(toDate({ y, m, d: 1 }), months));
  return { y: year, m: month };
}

/**
 * The quarter of a month (YYYY-MM) named by its first month: `2021-05` → `2021-04`; '' (undated) stays ''. Quarter
 * keys sort like months, so a month bound that starts a quarter compares with them directly.
 */
export function quarterOf(month: string): string {
  if (!month) return '';
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 5)}${String(m - ((m - 1) % 3)).padStart(2, '0')}`;
}

/** Whole days from `a` to `b` (negative when `b` is earlier), across month and leap-year ends. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return toDate(date).getDay();
}

/** The Monday starting the ISO week that contains `date`. */
export function mondayOf(date: Ymd): Ymd {
  return fromDate(startOfISOWeek(toDate(date)));
}

/** ISO-8601 week of a `YYYY-MM-DD` day, e.g. `2024-W09`; the Thursday of the week decides the year. */
export function toIsoWeek(day: string): string {
  const date = toDate(parseIsoDate(day)!);
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/** The Monday and Sunday of an ISO week written `YYYY-Www`. */
export function isoWeekDays(week: string): DateRange {
  const [year, n] = week.split('-W').map(Number);
  const monday = startOfISOWeek(setISOWeek(toDate({ y: year, m: 1, d: 4 }), n));
  return { dateStart: format(monday, 'yyyy-MM-dd'), dateEnd: format(addDaysToDate(monday, 6), 'yyyy-MM-dd') };
}

/** The week after `week` (`2020-W53` → `2021-W01`). */
export function nextIsoWeek(week: string): string {
  const { dateStart } = isoWeekDays(week);
  return toIsoWeek(formatDay(addDays(parseIsoDate(dateStart)!, 7)));
}

/**
 * The days a partial date covers: `2024` → the year, `2024-02` → February, a week-precision day → that day
 * and the six after it. Null when there is no date.
 */
export function toDateRange(date: string | null, precision: DatePrecision): DateRange | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return { dateStart: `${y}-01-01`, dateEnd: `${y}-12-31` };
  if (!d) return { dateStart: `${formatMonth(y, m)}-01`, dateEnd: `${formatMonth(y, m)}-${daysInMonth(y, m)}` };
  return { dateStart: date, dateEnd: precision === 'week' ? formatDay(addDays({ y, m, d }, 6)) : date };
}

/** The most days an incident's interval spans past its first day: a whole year (toDateRange never exceeds it). */
export const MAX_DATE_SPAN_DAYS = 365;

/**
 * The earliest dateStart of an incident that still overlaps a range starting on `fromDay` (YYYY-MM-DD).
 * Redundant with `dateEnd >= fromDay`, but it lets the dateStart index serve a date filter: without it
 * the database reads every incident that starts before the range's end.
 */
export function earliestStartOverlapping(fromDay: string): string {
  const day = parseIsoDate(fromDay);
  return day ? formatDay(addDays(day, -MAX_DATE_SPAN_DAYS)) : fromDay;
}

/** A filter bound: `YYYY-MM-DD` or `YYYY-MM`, a real calendar date between 1900 and 2100, else null. */
export function parseDateBound(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  if (year < 1900 || year > 2100 || !isValidDay(year, month, day)) return null;
  return value;
}

/** First day covered by a `from` bound. */
export function startOfDateBound(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}

/** Last day covered by a `to` bound (`2024-02` → `2024-02-29`). */
export function endOfDateBound(value: string): string {
  if (value.length !== 7) return value;
  const [year, month] = value.split('-').map(Number);
  return `${value}-${daysInMonth(year, month)}`;
}
