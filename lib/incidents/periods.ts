/**
 * Chart buckets. An incident's buckets come from the first day its date covers, and are stored with it
 * (periodMonth / periodWeek / periodYear) so the chart query is a plain GROUP BY on any database.
 */
import type { Interval } from '@/lib/url/dashboard-state';

export type Periods = { month: string; week: string; year: string };

/** ISO-8601 week, e.g. `2024-W09`, of a `YYYY-MM-DD` day. */
export function toIsoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7; // Monday = 1 … Sunday = 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function derivePeriods(dateStart: string): Periods {
  return { month: dateStart.slice(0, 7), week: toIsoWeek(dateStart), year: dateStart.slice(0, 4) };
}

function nextPeriod(period: string, by: Interval): string {
  if (by === 'year') return String(Number(period) + 1);
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const [y, w] = period.split('-W').map(Number);
  const lastWeek = Number(toIsoWeek(`${y}-12-28`).split('-W')[1]);
  return w >= lastWeek ? `${y + 1}-W01` : `${y}-W${String(w + 1).padStart(2, '0')}`;
}

/** Every period from `first` to `last` inclusive, so empty months show as gaps; capped to stay cheap. */
export function listPeriods(first: string, last: string, by: Interval, max = 400): string[] {
  const out: string[] = [];
  for (let p = first; p <= last && out.length < max; p = nextPeriod(p, by)) out.push(p);
  return out;
}

/** The `from`/`to` URL values that select exactly one chart bucket. */
export function periodToRange(period: string, by: Interval): { from: string; to: string } {
  if (by === 'year') return { from: `${period}-01`, to: `${period}-12` };
  if (by === 'month') return { from: period, to: period };
  const [year, week] = period.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
}
