import type { DatePrecision } from '@/lib/taxonomy';

export type DateRange = { dateStart: string; dateEnd: string };

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The days a partial date covers: `2024` → the year, `2024-02` → February, a week-precision day → that
 * day and the six after it. Null when there is no date.
 */
export function toDateRange(date: string | null, precision: DatePrecision): DateRange | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return { dateStart: `${y}-01-01`, dateEnd: `${y}-12-31` };
  const mm = String(m).padStart(2, '0');
  if (!d) return { dateStart: `${y}-${mm}-01`, dateEnd: `${y}-${mm}-${lastDayOfMonth(y, m)}` };
  return { dateStart: date, dateEnd: precision === 'week' ? addDays(date, 6) : date };
}
