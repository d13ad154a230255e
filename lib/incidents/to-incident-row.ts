import { listPlaceSearchNames } from '@/lib/geo/place-names';
import type { IncidentFields } from './incident-fields';
import type { IncidentStatus } from '@/lib/taxonomy';
import { toDateRange } from '@/lib/dates/calendar';
import { derivePeriods } from './periods';
import { buildSearchText } from './search-text';

/** The columns of an incident row that are derived, not extracted: date interval, chart buckets, search text. */
export function deriveIncidentColumns(
  incident: Pick<IncidentFields, 'summary' | 'date' | 'datePrecision' | 'placeName' | 'admin1'>,
  sourceTitles: string[],
) {
  const range = toDateRange(incident.date, incident.datePrecision);
  const periods = range ? derivePeriods(range.dateStart) : null;
  // Every spelling the gazetteer knows for the place and its parents, Hangul included, so any of them finds it.
  const placeNames = listPlaceSearchNames(incident.placeName, incident.admin1);
  const searchText = buildSearchText([incident.summary, incident.placeName, incident.admin1, ...placeNames, ...sourceTitles]);
  return {
    dateStart: range?.dateStart ?? null,
    dateEnd: range?.dateEnd ?? null,
    periodMonth: periods?.month ?? null,
    periodWeek: periods?.week ?? null,
    periodYear: periods?.year ?? null,
    searchText,
  };
}

/** The scalar columns of an incident row (no relations). */
export function toIncidentRow(incident: IncidentFields, sourceTitles: string[], status: IncidentStatus = 'auto') {
  return {
    type: incident.type,
    summary: incident.summary,
    evidence: incident.evidence || null,
    date: incident.date,
    datePrecision: incident.datePrecision,
    placeName: incident.placeName,
    admin1: incident.admin1,
    country: incident.country,
    lat: incident.lat,
    lon: incident.lon,
    locationPrecision: incident.locationPrecision,
    actors: incident.actors.join(','),
    confidence: incident.confidence,
    status,
    ...deriveIncidentColumns(incident, sourceTitles),
  };
}
