import { Readability } from '@mozilla/readability';
import type { ParsedArticle } from '@/lib/ingest/types';
import { readDateline } from '@/lib/ingest/dates';
import { ArticleReadError } from './article-read-error';
import { cleanParagraphs } from './clean-paragraphs';
import { assertReasonableHtml, MAX_ELEMENTS } from './html-guard';
import { readHtmlMetadata } from './html-metadata';
import { createDom, htmlToParagraphs } from './html-to-paragraphs';
import { toCalendarDate } from './literal-date';
import { detectOutlet, matchOutletName } from './outlets';
import { looksLikeEnglish, looksLikeProse } from './text-lines';

/** Parses a saved article page: metadata from its own tags, the text from Readability. */
export function readHtml(html: string, source: string): ParsedArticle {
  assertReasonableHtml(html, source);
  const { document } = createDom(html).window;
  const meta = readHtmlMetadata(document);
  // Metadata has been read (JSON-LD included), so no script is needed any more; Readability drops them
  // too, but removing them first guarantees their text cannot reach the body.
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const article = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  const title = meta.title ?? article?.title?.trim() ?? null;
  const { paragraphs, dates, furniture } = cleanParagraphs(htmlToParagraphs(article?.content ?? ''), title);

  if (!paragraphs.some(looksLikeProse)) throw new ArticleReadError(source, 'no article text found in the HTML page');
  if (!title) throw new ArticleReadError(source, 'no title found in the HTML page');
  const body = paragraphs.join('\n\n');
  if (!looksLikeEnglish(body)) throw new ArticleReadError(source, 'the page text does not read as English prose');
  return {
    title,
    body,
    outlet: matchOutletName(meta.siteName) ?? meta.siteName ?? detectOutlet(`${title}\n${body}`, furniture.join('\n')),
    publishedAt: meta.publishedAt ?? toCalendarDate(article?.publishedTime) ?? dates[0] ?? readDateline(paragraphs[0])?.date ?? null,
    url: meta.url,
    source,
    format: 'html',
  };
}
