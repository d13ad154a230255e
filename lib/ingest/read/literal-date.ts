import { findDates } from '@/lib/ingest/dates';

/**
 * The calendar day a machine-readable timestamp names, as the outlet printed it. "2024-03-05T01:00+09:00"
 * is March 5 in Seoul; converting it to UTC first would move the story to March 4.
 */
export function toCalendarDate(raw: string | null | undefined, fallback?: Date | null): string | null {
  const text = raw?.trim() ?? '';
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return iso[1];
  // "20230921" or "20230921T0900": the compact form some sites put in their meta tags.
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (compact) {
    const day = findDates(`${compact[1]}-${compact[2]}-${compact[3]}`, null)[0];
    if (day?.date && day.precision === 'day') return day.date;
  }
  const written = text ? findDates(text, null).find((d) => d.precision === 'day' && d.date) : undefined;
  if (written?.date) return written.date;
  if (fallback && !Number.isNaN(fallback.getTime())) return fallback.toISOString().slice(0, 10);
  return null;
}
