import type { PlaceLevel } from './types';

/**
 * How fine a level is: higher is more specific (a site is finer than a district, a district than a city).
 * Cities and counties are peers, both sitting directly under a province. The one ranking of levels: sort
 * finer-first with `LEVEL_DETAIL[b] - LEVEL_DETAIL[a]`, coarser-first the other way round.
 */
export const LEVEL_DETAIL: Readonly<Record<PlaceLevel, number>> = {
  country: 1,
  province: 2,
  city: 3,
  county: 3,
  district: 4,
  site: 5,
};
