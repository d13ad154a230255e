import type { DatePrecision, IncidentType, LocationPrecision } from '@/lib/taxonomy';

/** An incident's own fields: TAXONOMY.md's, and PRODUCT.md's extract contract. */
export type IncidentFields = {
  type: IncidentType;
  tags: string[];
  summary: string;
  evidence: string;
  date: string | null;
  datePrecision: DatePrecision;
  placeName: string | null;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  locationPrecision: LocationPrecision;
  actors: string[];
  confidence: number;
};
