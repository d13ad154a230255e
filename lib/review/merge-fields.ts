import type { DatePrecision, LocationPrecision } from '@/lib/taxonomy';

const PLACE_RANK: Record<LocationPrecision, number> = { site: 0, city: 1, province: 2, country: 3, unknown: 4 };
const DATE_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };

export const PLACE_COLUMNS = ['placeName', 'admin1', 'country', 'lat', 'lon', 'locationPrecision'] as const;
export const DATE_COLUMNS = ['date', 'datePrecision', 'dateStart', 'dateEnd', 'periodMonth', 'periodWeek', 'periodYear'] as const;
export type MergeColumn = (typeof PLACE_COLUMNS)[number] | (typeof DATE_COLUMNS)[number];
export type MergeRow = Record<MergeColumn, string | number | null>;

/**
 * What the kept incident takes from the dropped one: its place when more precise, its date when more
 * precise. A tie keeps the kept incident's own values.
 */
export function pickMorePrecise(kept: MergeRow, dropped: MergeRow): Partial<MergeRow> {
  const out: Partial<MergeRow> = {};
  if (PLACE_RANK[dropped.locationPrecision as LocationPrecision] < PLACE_RANK[kept.locationPrecision as LocationPrecision]) {
    for (const c of PLACE_COLUMNS) out[c] = dropped[c];
  }
  if (DATE_RANK[dropped.datePrecision as DatePrecision] < DATE_RANK[kept.datePrecision as DatePrecision]) {
    for (const c of DATE_COLUMNS) out[c] = dropped[c];
  }
  return out;
}
