import { findKoreanPlaceName, withKoreanName } from '@/lib/geo/place-names';
import type { DatePrecision } from '@/lib/taxonomy';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The interface languages (lib/i18n/locales.ts); anything else formats as English. */
type Locale = 'en' | 'ko' | (string & {});

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

/** "Hoeryong (회령), North Hamgyong": the most specific name carries its Korean name when the gazetteer knows it. */
export function formatPlace(placeName: string | null, admin1: string | null, country: string | null, locale: Locale = 'en'): string {
  const korean = findKoreanPlaceName(placeName, admin1);
  const parts = [
    placeName ? withKoreanName(placeName, korean) : null,
    admin1 && !placeName?.includes(admin1) ? (placeName ? admin1 : withKoreanName(admin1, korean)) : null,
  ].filter(Boolean);
  if (parts.length) return parts.join(', ');
  if (locale === 'ko') return country ? `${country} 어딘가` : '장소 미상';
  return country ? `Somewhere in ${country}` : 'Place unknown';
}
