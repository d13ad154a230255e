import { daysBetween, parseIsoDate } from '@/lib/dates/calendar';

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into its parts; null for anything else. */
function parseIsoParts(value: string): { year: number; month: number | null; day: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}


/**
 * Date rule of shared/eval/README.md for a gold date that is not null: day/week/month precision needs the
 * same year and month (week also accepts ±7 days), year precision the same year; a null prediction is wrong.
 */
export function dateIsCorrect(predicted: string | null, gold: string, goldPrecision: string | null | undefined): boolean {
  if (!predicted) return false;
  const p = parseIsoParts(predicted);
  const g = parseIsoParts(gold);
  if (!p || !g) return false;
  const precision = goldPrecision ?? (g.day ? 'day' : g.month ? 'month' : 'year');
  if (precision === 'year' || g.month === null) return p.year === g.year;
  if (p.year === g.year && p.month === g.month) return true;
  if (precision === 'week') {
    const pd = parseIsoDate(predicted);
    const gd = parseIsoDate(gold);
    return pd !== null && gd !== null && Math.abs(daysBetween(pd, gd)) <= 7;
  }
  return false;
}

/** Used to prefer pairs among equal-size matchings: a null gold date agrees only with a null prediction. */
export function datesAgree(predicted: string | null, gold: string | null | undefined, goldPrecision?: string | null): boolean {
  if (!gold) return !predicted;
  return dateIsCorrect(predicted, gold, goldPrecision);
}
