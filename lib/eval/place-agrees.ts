import { findProvince, normaliseProvinceKey } from '@/lib/geo/provinces';
import { haversineKm } from '@/lib/geo/haversine';
import type { GoldIncident, PredictedIncident } from './types';

export const MATCH_RADIUS_KM = 30;

/** One key per province whatever the spelling (Ryanggang/Yanggang, Nason/Rason, "… Province"). */
export function provinceKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const known = findProvince(name);
  if (known) return known.slug;
  const key = normaliseProvinceKey(name);
  return key || null;
}

function sameProvince(a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = provinceKey(a);
  return ka !== null && ka === provinceKey(b);
}

function near(pred: PredictedIncident, lat: number | null | undefined, lon: number | null | undefined): boolean {
  if (pred.lat == null || pred.lon == null || lat == null || lon == null) return false;
  return haversineKm(pred.lat, pred.lon, lat, lon) <= MATCH_RADIUS_KM;
}

/** The place half of the scoring rule in shared/eval/README.md, clause by clause. */
export function placeAgrees(pred: PredictedIncident, gold: GoldIncident): boolean {
  const acceptable = gold.acceptablePlaces;
  if (near(pred, gold.lat, gold.lon)) return true;
  if (acceptable.some((p) => near(pred, p.lat, p.lon))) return true;
  const provincialAlternatives = acceptable.filter((p) => p.level === 'province');
  if (gold.locationPrecision === 'province') {
    if (sameProvince(pred.admin1, gold.admin1)) return true;
    if (provincialAlternatives.some((p) => sameProvince(pred.admin1, p.admin1 ?? p.name))) return true;
  }
  if (pred.locationPrecision === 'province' && provincialAlternatives.some((p) => sameProvince(pred.admin1, p.admin1 ?? p.name))) {
    return true;
  }
  if (gold.locationPrecision === 'country' && gold.country && pred.country) {
    if (gold.country.toUpperCase() === pred.country.toUpperCase()) return true;
  }
  return gold.locationPrecision === 'unknown' && gold.optional;
}
