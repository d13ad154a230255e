import { hashArticle } from '@/lib/ingest/ingest-files';
import { extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import { readHtml } from '@/lib/ingest/read/read-html';
import { readPlainText } from '@/lib/ingest/read/read-plain-text';
import { sniffFormat } from '@/lib/ingest/read/read-article-file';
import type { ParsedArticle } from '@/lib/ingest/types';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

export type PastedArticle = { text: string; outlet?: string | null; url?: string | null };
export type PastedExtraction = { article: ParsedArticle; contentHash: string; incidents: ExtractedIncident[] };

/**
 * A pasted or uploaded article through the same readers and extractor as `npm run ingest` (a feed is not
 * accepted here: one article at a time). Throws the reader's error, naming the problem, on bad input.
 */
export function readPastedArticle(input: PastedArticle): PastedExtraction {
  const format = sniffFormat(input.text);
  if (format === 'feed') throw new Error('This looks like a feed; paste one article, or ingest the feed with npm run ingest.');
  const parsed = format === 'html' ? readHtml(input.text, 'pasted article') : readPlainText(input.text, 'pasted article');
  const article: ParsedArticle = {
    ...parsed,
    outlet: input.outlet?.trim() || parsed.outlet,
    url: input.url?.trim() || parsed.url,
  };
  return { article, contentHash: hashArticle(article), incidents: extractIncidents(article) };
}
