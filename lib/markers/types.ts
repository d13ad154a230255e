import type { IncidentType, LocationPrecision } from '@/lib/taxonomy';

/** One point on the map: incidents of one type at one place (grouped server-side so the browser never gets the whole table). */
export type MapMarker = {
  key: string;
  lat: number;
  lon: number;
  type: IncidentType;
  count: number;
  incidentIds: number[];
  placeName: string;
  admin1: string | null;
  precision: LocationPrecision;
  /** For a group of several places: [west, south, east, north] of its incidents, what a click zooms to. */
  bounds?: [number, number, number, number];
  /** For such a group: its incidents by type (`type` is then the most frequent one). */
  byType?: Partial<Record<IncidentType, number>>;
};
