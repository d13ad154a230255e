import type { DatePrecision, IncidentType, LocationPrecision } from '@/lib/taxonomy';

/** An article as read from a file, HTML page or feed item, before extraction. */
export type ParsedArticle = {
  title: string;
  /** Body text: paragraphs separated by a blank line, boilerplate removed. */
  body: string;
  outlet: string | null;
  /** Publication date, YYYY-MM-DD, or null when the source gives none. */
  publishedAt: string | null;
  url: string | null;
  /** Where it came from: the path as given (and `#n` for the n-th feed item). */
  source: string;
  format: 'text' | 'html' | 'feed';
};

/** One incident found in an article: the fields of TAXONOMY.md and PRODUCT.md's extract contract. */
export type ExtractedIncident = {
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

export type Extraction = {
  article: ParsedArticle;
  incidents: ExtractedIncident[];
};
