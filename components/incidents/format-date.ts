import type { DatePrecision } from '@/lib/taxonomy';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The interface languages (lib/i18n/locales.ts); anything else formats as English. */
export type Locale = 'en' | 'ko' | (string & {});

/**
 * "25 May 2024", "Feb 2024", "2022", or "Date unknown" (in Korean "2024년 5월 25일", "2024년 2월", "2022년",
 * "날짜 미상"): never more exact than the source.
 */
export function formatIncidentDate(date: string | null, precision: DatePrecision, locale: Locale = 'en'): string {
  const ko = locale === 'ko';
  if (!date) return ko ? '날짜 미상' : 'Date unknown';
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return ko ? `${y}년` : String(y);
  if (!d) return ko ? `${y}년 ${m}월` : `${MONTHS[m - 1]} ${y}`;
  const day = ko ? `${y}년 ${m}월 ${d}일` : `${d} ${MONTHS[m - 1]} ${y}`;
  if (precision !== 'week') return day;
  return ko ? `${day}이 있는 주` : `week of ${day}`;
}
