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

/** What the detail, the API's features and the exports read: the list's fields, tags and cited articles. */
export const DETAIL_SELECT = {
  ...LIST_ITEM_SELECT,
  evidence: true,
  actors: true,
  lat: true,
  lon: true,
  confidence: true,
  tags: { select: { tag: true }, orderBy: { tag: 'asc' } },
  sources: {
    orderBy: { articleId: 'asc' },
    select: {
      article: { select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true } } } },
    },
  },
} as const;

type ListRow = { [K in keyof typeof LIST_ITEM_SELECT]: unknown };

type CitedArticle = { id: number; title: string; url: string | null; publishedAt: string | null; outlet: { name: string } | null };

export type DetailRow = ListRow & {
  evidence: string | null;
  actors: string | null;
  lat: number | null;
  lon: number | null;
  confidence: number;
  tags: { tag: string }[];
  sources: { article: CitedArticle }[];
};

/**
 * The list's fields of a row read with LIST_ITEM_SELECT or more (nothing else leaks through), narrowed from the
 * database's plain strings to the taxonomy's unions (the writers only store valid values).
 */
export function toListItem(row: ListRow): IncidentListItem {
  const { id, type, summary, date, datePrecision, placeName, admin1, country, locationPrecision, status } = row;
  return { id, type, summary, date, datePrecision, placeName, admin1, country, locationPrecision, status } as IncidentListItem;
}

/** An article as an incident cites it: the outlet by name. */
export function toIncidentSource(article: CitedArticle): IncidentSource {
  return {
    articleId: article.id,
    title: article.title,
    url: article.url,
    outlet: article.outlet?.name ?? null,
    publishedAt: article.publishedAt,
  };
}

/** A row read with DETAIL_SELECT (or a superset) as the detail: actors split, tags and sources flattened. */
export function toIncidentDetail(row: DetailRow): IncidentDetail {
  return {
    ...toListItem(row),
    evidence: row.evidence,
    actors: row.actors ? row.actors.split(',') : [],
    lat: row.lat,
    lon: row.lon,
    confidence: row.confidence,
    tags: row.tags.map((t) => t.tag),
    sources: row.sources.map(({ article }) => toIncidentSource(article)),
  };
}
