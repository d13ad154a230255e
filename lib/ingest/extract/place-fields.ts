import { getAncestors } from '@/lib/geo/gazetteer';
import { findProvince } from '@/lib/geo/provinces';
import type { Place } from '@/lib/geo/types';
import type { LocationPrecision } from '@/lib/taxonomy';
import { isProvinceLevelCity } from './place-rank';
import type { ExtractedIncident } from './types';

type PlaceFields = Pick<ExtractedIncident, 'placeName' | 'admin1' | 'country' | 'lat' | 'lon' | 'locationPrecision'>;

const PRECISION: Record<Place['level'], LocationPrecision> = {
  site: 'site',
  district: 'site',
  county: 'city',
  city: 'city',
  province: 'province',
  country: 'country',
};

function withLevelWord(place: Place): string {
  const word = place.level === 'district' ? 'District' : place.level === 'county' ? 'County' : null;
  return word && !place.name.endsWith(word) ? `${place.name} ${word}` : place.name;
}

/** "Sunam District, Chongjin": a district or site is named with the town it lies in. */
function displayName(place: Place): string {
  if (place.level !== 'district' && place.level !== 'site') return withLevelWord(place);
  const town = getAncestors(place.id).find((p) => p.level === 'city' || p.level === 'county');
  return town ? `${withLevelWord(place)}, ${withLevelWord(town)}` : withLevelWord(place);
}

/**
 * Incident place fields. Unknown stays unknown: no place gives null coordinates, never a country's centre;
 * a country-only place keeps its country with null coordinates.
 */
export function toPlaceFields(place: Place | null, defaultCountry: string | null): PlaceFields {
  if (!place) {
    return { placeName: null, admin1: null, country: defaultCountry, lat: null, lon: null, locationPrecision: defaultCountry ? 'country' : 'unknown' };
  }
  const precision = isProvinceLevelCity(place) ? 'city' : place.area ? 'province' : (PRECISION[place.level] ?? 'unknown');
  const admin1 = place.admin1 ? (findProvince(place.admin1)?.name ?? place.admin1) : null;
  const isCountry = precision === 'country';
  return {
    placeName: displayName(place),
    admin1: isCountry ? null : admin1,
    country: place.country,
    lat: isCountry ? null : place.lat,
    lon: isCountry ? null : place.lon,
    locationPrecision: precision,
  };
}
