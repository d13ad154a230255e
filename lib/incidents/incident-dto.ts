import type { DatePrecision, IncidentStatus, IncidentType, LocationPrecision } from '@/lib/taxonomy';

/** What a row of the incident list needs: no evidence, no sources. */
export type IncidentListItem = {
  id: number;
  type: IncidentType;
  summary: string;
  date: string | null;
  datePrecision: DatePrecision;
  placeName: string | null;
  admin1: string | null;
  country: string | null;
  locationPrecision: LocationPrecision;
  status: IncidentStatus;
};

export type IncidentSource = {
  articleId: number;
  title: string;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
};

/** Everything the detail panel and the permalink page show. */
export type IncidentDetail = IncidentListItem & {
  evidence: string | null;
  tags: string[];
  actors: string[];
  lat: number | null;
  lon: number | null;
  confidence: number;
  sources: IncidentSource[];
};

export const LIST_ITEM_SELECT = {
  id: true,
  type: true,
  summary: true,
  date: true,
  datePrecision: true,
  placeName: true,
  admin1: true,
  country: true,
  locationPrecision: true,
  status: true,
} as const;

type ListRow = { [K in keyof typeof LIST_ITEM_SELECT]: unknown };

/** Narrows the database's plain strings to the taxonomy's unions (the writers only store valid values). */
export function toListItem(row: ListRow): IncidentListItem {
  return row as IncidentListItem;
}
