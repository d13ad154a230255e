/** Calendar arithmetic on plain UTC dates, so results never shift with the machine's time zone. */

export type Ymd = { y: number; m: number; d: number };

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

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

export function parseIsoDate(iso: string | null): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function formatDay({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function formatMonth(y: number, m: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + months;
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

export function weekdayOf(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

/** The Monday starting the ISO week that contains `date`. */
export function mondayOf(date: Ymd): Ymd {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** Reports describe the past: a bare weekday is the latest one strictly before publication. */
export function previousWeekday(pub: Ymd, weekday: number): Ymd {
  const back = (weekdayOf(pub) - weekday + 7) % 7 || 7;
  return addDays(pub, -back);
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
