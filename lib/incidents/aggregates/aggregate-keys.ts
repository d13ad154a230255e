/**
 * What an incident contributes to each aggregate table: one key per table, derived from the few columns
 * the dashboard filters and groups on. Pure functions, no database.
 */

/** The columns of an incident row that the aggregates depend on. Read it before a write, pass it after. */
export type IncidentSnapshot = {
  type: string;
  status: string;
  admin1: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  periodWeek: string | null;
  lat: number | null;
  lon: number | null;
  placeName: string | null;
  locationPrecision: string;
};

/** Prisma `select` that reads exactly an IncidentSnapshot. */
export const SNAPSHOT_SELECT = {
  type: true,
  status: true,
  admin1: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  periodWeek: true,
  lat: true,
  lon: true,
  placeName: true,
  locationPrecision: true,
} as const;

export type MonthKey = { monthStart: string; monthEnd: string; yearStart: string; type: string; admin1: string };
export type MonthTypeKey = Omit<MonthKey, 'admin1'>;
export type ProvinceKey = { type: string; admin1: string };
export type WeekKey = { week: string; monthStart: string; monthEnd: string; type: string; admin1: string };
export type PointKey = { lat: number; lon: number; type: string; admin1: string; placeName: string; precision: string };
export type PlaceKey = PointKey & { monthStart: string; monthEnd: string };
export type CoarseKey = { precision: string; dateStart: string; dateEnd: string; type: string; admin1: string };
export type DayKey = { dateStart: string; dateEnd: string; type: string; admin1: string };

/** Only shown incidents (auto, reviewed) are counted; rejected and merged ones have no key. */
const SHOWN = new Set(['auto', 'reviewed']);

/** A key with the incident's weight in the count columns. */
export type Counted<K> = { key: K; reviewed: boolean };

const month = (day: string | null) => (day ? day.slice(0, 7) : '');
const year = (day: string | null) => (day ? day.slice(0, 4) : '');

export function toMonthKey(s: IncidentSnapshot): MonthKey | null {
  if (!SHOWN.has(s.status)) return null;
  return {
    monthStart: month(s.dateStart),
    monthEnd: month(s.dateEnd),
    yearStart: year(s.dateStart),
    type: s.type,
    admin1: s.admin1 ?? '',
  };
}

/** The month key without its province (IncidentMonthTypeCount). */
export function toMonthTypeKey(s: IncidentSnapshot): MonthTypeKey | null {
  const key = toMonthKey(s);
  return key && { monthStart: key.monthStart, monthEnd: key.monthEnd, yearStart: key.yearStart, type: key.type };
}

/** The month key without its dates (IncidentProvinceCount). */
export function toProvinceKey(s: IncidentSnapshot): ProvinceKey | null {
  const key = toMonthKey(s);
  return key && { type: key.type, admin1: key.admin1 };
}

export function toWeekKey(s: IncidentSnapshot): WeekKey | null {
  if (!SHOWN.has(s.status)) return null;
  return {
    week: s.periodWeek ?? '',
    monthStart: month(s.dateStart),
    monthEnd: month(s.dateEnd),
    type: s.type,
    admin1: s.admin1 ?? '',
  };
}

/** The precisions a timeline may draw as a band (COARSE_PRECISIONS in coarse-dates.ts, over all intervals). */
const BANDED = new Set(['month', 'year']);

/** Only incidents dated to a month or a year, with both ends of their span, have a coarse key. */
export function toCoarseKey(s: IncidentSnapshot): CoarseKey | null {
  if (!SHOWN.has(s.status) || !BANDED.has(s.datePrecision) || !s.dateStart || !s.dateEnd) return null;
  return { precision: s.datePrecision, dateStart: s.dateStart, dateEnd: s.dateEnd, type: s.type, admin1: s.admin1 ?? '' };
}

/** Dated incidents only, with both days of their span: a day-bounded range's edges are counted from these. */
export function toDayKey(s: IncidentSnapshot): DayKey | null {
  if (!SHOWN.has(s.status) || !s.dateStart || !s.dateEnd) return null;
  return { dateStart: s.dateStart, dateEnd: s.dateEnd, type: s.type, admin1: s.admin1 ?? '' };
}

/** Null for an incident without coordinates: it is counted, but it is not on the map. */
export function toPointKey(s: IncidentSnapshot): PointKey | null {
  if (s.lat === null || s.lon === null || !SHOWN.has(s.status)) return null;
  return { lat: s.lat, lon: s.lon, type: s.type, admin1: s.admin1 ?? '', placeName: s.placeName ?? '', precision: s.locationPrecision };
}

export function toPlaceKey(s: IncidentSnapshot): PlaceKey | null {
  const point = toPointKey(s);
  return point && { ...point, monthStart: month(s.dateStart), monthEnd: month(s.dateEnd) };
}

/** Net change per key, for one table: each `after` adds 1 to n (and to nReviewed when reviewed), each `before`
 * subtracts; entries where nothing changes are dropped. */
export function foldDeltas<K>(pairs: [Counted<K> | null, Counted<K> | null][]): { key: K; n: number; nReviewed: number }[] {
  const byId = new Map<string, { key: K; n: number; nReviewed: number }>();
  const add = (counted: Counted<K> | null, sign: number) => {
    if (!counted) return;
    const id = JSON.stringify(counted.key);
    const entry = byId.get(id) ?? { key: counted.key, n: 0, nReviewed: 0 };
    entry.n += sign;
    if (counted.reviewed) entry.nReviewed += sign;
    byId.set(id, entry);
  };
  for (const [before, after] of pairs) {
    add(before, -1);
    add(after, 1);
  }
  return [...byId.values()].filter((e) => e.n !== 0 || e.nReviewed !== 0);
}
