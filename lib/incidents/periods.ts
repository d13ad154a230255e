/**
 * Chart buckets. An incident's buckets come from the first day its date covers, and are stored with it
 * (periodMonth / periodWeek / periodYear) so the chart query is a plain GROUP BY on any database.
 * The arithmetic is lib/dates/calendar's; this module only names the buckets.
 */
import { z } from 'zod';
import { addMonths, formatMonth, isoWeekDays, nextIsoWeek, toIsoWeek } from '@/lib/dates/calendar';

export const INTERVALS = ['month', 'week', 'year'] as const;
export const ZInterval = z.enum(INTERVALS);
export type Interval = z.infer<typeof ZInterval>;

export type Periods = { month: string; week: string; year: string };

export function derivePeriods(dateStart: string): Periods {
  return { month: periodOf(dateStart, 'month'), week: periodOf(dateStart, 'week'), year: periodOf(dateStart, 'year') };
}

/** The one bucket of `by` a day (`2024-05-25`) lies in. Only a week needs the calendar: months and years are
 * prefixes, and a timeline asks for them by the thousand (date-fns' ISO week took ~10 ms per default view). */
export function periodOf(day: string, by: Interval): string {
  if (by === 'month') return day.slice(0, 7);
  if (by === 'year') return day.slice(0, 4);
  return toIsoWeek(day);
}

function nextPeriod(period: string, by: Interval): string {
  if (by === 'year') return String(Number(period) + 1);
  if (by === 'week') return nextIsoWeek(period);
  const [y, m] = period.split('-').map(Number);
  const next = addMonths(y, m, 1);
  return formatMonth(next.y, next.m);
}

/**
 * The year a month (`2024-03`) lies in: a yearly bar is the sum of its monthly ones, since both are taken from
 * the first day an incident's date covers (derivePeriods).
 */
export function rollUpPeriod(month: string, to: 'year'): string {
  return periodOf(`${month}-01`, to);
}

/** Every period from `first` to `last` inclusive, so empty months show as gaps; capped to stay cheap. */
export function listPeriods(first: string, last: string, by: Interval, max = 400): string[] {
  const out: string[] = [];
  for (let p = first; p <= last && out.length < max; p = nextPeriod(p, by)) out.push(p);
  return out;
}

/** The `from`/`to` filter bounds that select exactly one chart bucket. */
export function periodToRange(period: string, by: Interval): { from: string; to: string } {
  if (by === 'year') return { from: `${period}-01`, to: `${period}-12` };
  if (by === 'month') return { from: period, to: period };
  const { dateStart, dateEnd } = isoWeekDays(period);
  return { from: dateStart, to: dateEnd };
}
