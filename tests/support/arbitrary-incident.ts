// fast-check generators of incidents and review edits, over a small domain so keys collide often
// (collisions are where aggregate upkeep goes wrong).
import fc from 'fast-check';
import type { DatePrecision, IncidentStatus, IncidentType, LocationPrecision } from '@/lib/taxonomy';

const TYPES: IncidentType[] = ['arrest', 'trial', 'execution', 'other'];
const PLACES = [
  { placeName: 'Chongjin', admin1: 'North Hamgyong', country: 'KP', lat: 41.79, lon: 129.78, locationPrecision: 'city' as LocationPrecision },
  { placeName: 'Hyesan', admin1: 'Ryanggang', country: 'KP', lat: 41.4, lon: 128.18, locationPrecision: 'city' as LocationPrecision },
  { placeName: 'North Hamgyong', admin1: 'North Hamgyong', country: 'KP', lat: 41.9, lon: 129.5, locationPrecision: 'province' as LocationPrecision },
  { placeName: null, admin1: null, country: 'KP', lat: null, lon: null, locationPrecision: 'country' as LocationPrecision },
  { placeName: 'Field', admin1: 'Ryanggang', country: 'KP', lat: 41.123, lon: 128.456, locationPrecision: 'site' as LocationPrecision },
];
/** Dates around month, quarter and year edges, of every precision, and none. */
const DATES: [string | null, DatePrecision][] = [
  ['2023-12-31', 'day'],
  ['2024-01-01', 'day'],
  ['2023-12-29', 'week'],
  ['2024-01', 'month'],
  ['2024-02-15', 'day'],
  ['2024-03-28', 'week'],
  ['2023', 'year'],
  [null, 'unknown'],
];

export const arbIncident = fc.record({
  type: fc.constantFrom(...TYPES),
  tags: fc.constantFrom([], ['border'], ['foreign_phone', 'border']),
  summary: fc.constantFrom('A test incident.', 'Another one.'),
  evidence: fc.constant(''),
  place: fc.constantFrom(...PLACES),
  when: fc.constantFrom(...DATES),
  status: fc.constantFrom<IncidentStatus>('auto', 'auto', 'reviewed', 'rejected'),
}).map(({ place, when, ...rest }) => ({
  ...rest,
  ...place,
  date: when[0],
  datePrecision: when[1],
  actors: [],
  confidence: 0.5,
}));

export type Patch = Partial<{
  type: IncidentType;
  status: IncidentStatus;
  admin1: string | null;
  placeName: string | null;
  lat: number | null;
  lon: number | null;
  locationPrecision: LocationPrecision;
  date: string | null;
  datePrecision: DatePrecision;
  summary: string;
}>;

/** What a reviewer may change on one incident: any subset of type, status, place, date, summary. */
export const arbPatch: fc.Arbitrary<Patch> = fc
  .record(
    {
      type: fc.constantFrom(...TYPES),
      status: fc.constantFrom<IncidentStatus>('auto', 'reviewed', 'rejected'),
      place: fc.constantFrom(...PLACES),
      when: fc.constantFrom(...DATES),
      summary: fc.constant('Corrected.'),
    },
    { requiredKeys: [] },
  )
  .map(({ place, when, ...rest }) => ({
    ...rest,
    ...(place ? { admin1: place.admin1, placeName: place.placeName, lat: place.lat, lon: place.lon, locationPrecision: place.locationPrecision } : {}),
    ...(when ? { date: when[0], datePrecision: when[1] } : {}),
  }));
