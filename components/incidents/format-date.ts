import type { DatePrecision } from '@/lib/taxonomy';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "25 May 2024", "Feb 2024", "2022", or "Date unknown": never more exact than the source. */
export function formatIncidentDate(date: string | null, precision: DatePrecision): string {
  if (!date) return 'Date unknown';
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return `${MONTHS[m - 1]} ${y}`;
  const day = `${d} ${MONTHS[m - 1]} ${y}`;
  return precision === 'week' ? `week of ${day}` : day;
}
