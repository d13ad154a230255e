import type { IncidentFields as ExtractedIncident } from '@/lib/incidents/incident-fields';

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

/**
 * One incident found in an article. The shape belongs to the domain (lib/incidents stores it), so the
 * storage code never imports from ingest and the two folders do not import each other.
 */
export type { IncidentFields as ExtractedIncident } from '@/lib/incidents/incident-fields';
export type Extraction = {
  article: ParsedArticle;
  incidents: ExtractedIncident[];
};
