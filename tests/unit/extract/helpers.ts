import { extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import type { ParsedArticle } from '@/lib/ingest/types';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

/** Builds an article from paragraphs; dates are resolved against `publishedAt`. */
export function article(paragraphs: string[], publishedAt: string | null = '2024-06-20', title = 'Report'): ParsedArticle {
  return { title, body: paragraphs.join('\n\n'), outlet: 'Test', publishedAt, url: null, source: 'test.txt', format: 'text' };
}

export function extract(paragraphs: string[], publishedAt: string | null = '2024-06-20', title = 'Report'): ExtractedIncident[] {
  return extractIncidents(article(paragraphs, publishedAt, title));
}

export function types(incidents: ExtractedIncident[]): string[] {
  return incidents.map((i) => i.type).sort();
}
