import type { DatePrecision, IncidentType, LocationPrecision } from '@/lib/taxonomy';

/** What a marker's popup says about one of its incidents (its type is the marker's). */
export type MarkerIncident = { id: number; date: string | null; datePrecision: DatePrecision; summary: string };

/** One point on the map: incidents of one type at one place (grouped server-side so the browser never gets the whole table). */
export type MapMarker = {
  key: string;
  lat: number;
  lon: number;
  type: IncidentType;
  count: number;
  incidentIds: number[];
  /** The incidents behind a small marker, in id order (empty for big or merged groups). */
  incidents?: MarkerIncident[];
  placeName: string;
  /** The place as popups and tooltips show it: "Hoeryong (회령)" when the gazetteer knows the Korean name. */
  placeLabel?: string;
  admin1: string | null;
  precision: LocationPrecision;
  /** For a group of several places: [west, south, east, north] of its incidents, what a click zooms to. */
  bounds?: [number, number, number, number];
  /** For such a group: its incidents by type (`type` is then the most frequent one). */
  byType?: Partial<Record<IncidentType, number>>;
};
