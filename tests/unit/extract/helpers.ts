import { extractCandidates, extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import type { ParsedArticle } from '@/lib/ingest/types';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

/** Builds an article from paragraphs; dates are resolved against `publishedAt`. */
export function article(paragraphs: string[], publishedAt: string | null = '2024-06-20', title = 'Report'): ParsedArticle {
  return { title, body: paragraphs.join('\n\n'), outlet: 'Test', publishedAt, url: null, source: 'test.txt', format: 'text' };
}

export function extract(paragraphs: string[], publishedAt: string | null = '2024-06-20', title = 'Report'): ExtractedIncident[] {
  return extractIncidents(article(paragraphs, publishedAt, title));
}

/** What the rules find, before the confidence model drops the unlikely: for tests of a rule, not of the filter. */
export function extractAll(paragraphs: string[], publishedAt: string | null = '2024-06-20', title = 'Report'): ExtractedIncident[] {
  return extractCandidates(article(paragraphs, publishedAt, title)).map((c) => c.incident);
}

export function types(incidents: ExtractedIncident[]): string[] {
  return incidents.map((i) => i.type).sort();
}
