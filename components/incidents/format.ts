import { findKoreanPlaceName, withKoreanName } from '@/lib/geo/place-names';
import type { LocationPrecision } from '@/lib/taxonomy';
import type { Locale } from './format-date';

// The date alone, without the gazetteer, for client components (the map's popups).
export { formatIncidentDate } from './format-date';

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
