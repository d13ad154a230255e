import { searchPlaces } from '@/lib/geo/search-places';
import { toPlaceFields } from '@/lib/ingest/extract/place-fields';
import type { IncidentPlace } from './incident-edit-schema';

export type PlaceOption = { id: string; label: string; place: IncidentPlace };

/** Gazetteer matches as ready-to-save incident places, for the place picker. */
export function findPlaceOptions(query: string, limit = 8): PlaceOption[] {
  return searchPlaces(query, limit).map((p) => {
    const fields = toPlaceFields(p, p.country);
    const label = [fields.placeName, fields.admin1, p.nativeName].filter(Boolean).join(' · ');
    return { id: p.id, label, place: { ...fields, placeName: fields.placeName ?? p.name } };
  });
}
