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
  periodWeek: true,
  lat: true,
  lon: true,
  placeName: true,
  locationPrecision: true,
} as const;

export type MonthKey = { monthStart: string; monthEnd: string; yearStart: string; type: string; admin1: string; status: string };
export type WeekKey = { week: string; monthStart: string; monthEnd: string; type: string; admin1: string; status: string };
export type PlaceKey = {
  lat: number;
  lon: number;
  type: string;
  admin1: string;
  placeName: string;
  precision: string;
  status: string;
  yearStart: string;
  yearEnd: string;
};

const month = (day: string | null) => (day ? day.slice(0, 7) : '');
const year = (day: string | null) => (day ? day.slice(0, 4) : '');

export function toMonthKey(s: IncidentSnapshot): MonthKey {
  return {
    monthStart: month(s.dateStart),
    monthEnd: month(s.dateEnd),
    yearStart: year(s.dateStart),
    type: s.type,
    admin1: s.admin1 ?? '',
    status: s.status,
  };
}

export function toWeekKey(s: IncidentSnapshot): WeekKey {
  return {
    week: s.periodWeek ?? '',
    monthStart: month(s.dateStart),
    monthEnd: month(s.dateEnd),
    type: s.type,
    admin1: s.admin1 ?? '',
    status: s.status,
  };
}

/** Null for an incident without coordinates: it is counted, but it is not on the map. */
export function toPlaceKey(s: IncidentSnapshot): PlaceKey | null {
  if (s.lat === null || s.lon === null) return null;
  return {
    lat: s.lat,
    lon: s.lon,
    type: s.type,
    admin1: s.admin1 ?? '',
    placeName: s.placeName ?? '',
    precision: s.locationPrecision,
    status: s.status,
    yearStart: year(s.dateStart),
    yearEnd: year(s.dateEnd),
  };
}

/** Net change per key, for one table: +1 for each `after`, −1 for each `before`; zero entries dropped. */
export function foldDeltas<K>(pairs: [K | null, K | null][]): { key: K; delta: number }[] {
  const byId = new Map<string, { key: K; delta: number }>();
  const add = (key: K | null, delta: number) => {
    if (!key) return;
    const id = JSON.stringify(key);
    const entry = byId.get(id) ?? { key, delta: 0 };
    entry.delta += delta;
    byId.set(id, entry);
  };
  for (const [before, after] of pairs) {
    add(before, -1);
    add(after, 1);
  }
  return [...byId.values()].filter((e) => e.delta !== 0);
}
