import { findKoreanPlaceName, withKoreanName } from '@/lib/geo/place-names';
import type { DatePrecision, LocationPrecision } from '@/lib/taxonomy';

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

const PLACE_PRECISION: Record<LocationPrecision, string> = {
  site: 'exact site',
  city: 'city or county',
  province: 'province only',
  country: 'country only',
  unknown: 'place unknown',
};

export function describeLocationPrecision(precision: LocationPrecision): string {
  return PLACE_PRECISION[precision];
}

/** "Hoeryong (회령), North Hamgyong": the most specific name carries its Korean name when the gazetteer knows it. */
export function formatPlace(placeName: string | null, admin1: string | null, country: string | null): string {
  const korean = findKoreanPlaceName(placeName, admin1);
  const parts = [
    placeName ? withKoreanName(placeName, korean) : null,
    admin1 && !placeName?.includes(admin1) ? (placeName ? admin1 : withKoreanName(admin1, korean)) : null,
  ].filter(Boolean);
  if (parts.length) return parts.join(', ');
  return country ? `Somewhere in ${country}` : 'Place unknown';
}
