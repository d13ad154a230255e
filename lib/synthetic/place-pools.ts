import { getAllPlaces } from '@/lib/geo/gazetteer';
import { PROVINCES } from '@/lib/geo/provinces';
import type { IncidentFields } from '@/lib/incidents/incident-fields';
import { createWeightedPicker } from './random';

/** Where a synthetic incident happened, as the incident row stores it. */
export type SyntheticPlace = Pick<IncidentFields, 'placeName' | 'admin1' | 'country' | 'lat' | 'lon' | 'locationPrecision'>;

const PRECISION = { city: 'city', county: 'city', district: 'site', site: 'site' } as const;

function placesOf(inKorea: boolean): SyntheticPlace[] {
  return getAllPlaces()
    .filter((p) => p.level !== 'country' && p.level !== 'province' && (p.country === 'KP') === inKorea)
    .map((p) => ({
      placeName: p.name,
      admin1: p.admin1,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      locationPrecision: PRECISION[p.level as keyof typeof PRECISION],
    }));
}

/** A Zipf-like skew: a few places (the big border cities) get most reports, as in the real stream. */
const zipf = <T>(items: T[]) => createWeightedPicker(items.map((item, rank) => [item, 1 / (rank + 1) ** 0.9] as const));

export const pickKoreanPlace = zipf(placesOf(true));
export const pickPlaceAbroad = zipf(placesOf(false));

const koreanProvinces = PROVINCES.filter((p) => p.country === 'KP');
export const pickProvince = zipf(
  koreanProvinces.map<SyntheticPlace>((p) => ({
    placeName: p.name,
    admin1: p.name,
    country: 'KP',
    lat: p.lat,
    lon: p.lon,
    locationPrecision: 'province',
  })),
);

/** The province whose representative point is nearest: good enough for a hand-placed synthetic point. */
export function nearestProvince(lat: number, lon: number): string {
  let best = koreanProvinces[0];
  for (const p of koreanProvinces) {
    if ((p.lat - lat) ** 2 + (p.lon - lon) ** 2 < (best.lat - lat) ** 2 + (best.lon - lon) ** 2) best = p;
  }
  return best.name;
}
