import type { ParsedArticle } from '@/lib/ingest/types';
import { ArticleReadError } from './article-read-error';
import { assertSentencesFit, dropOverlongWords } from './prose-guard';
import { toSafeArticleUrl } from './safe-url';
import { stripControlCharacters, stripToOneLine } from './strip-control';

/**
 * The last step of every reader, whatever the format: control characters and terminal escapes leave the
 * title, body, outlet and source; only an http(s) URL is kept; overlong "words" go; and a body that cannot
 * be prose is refused with a message naming the file. What is stored and printed is therefore inert.
 */
export function sanitiseArticle(article: ParsedArticle): ParsedArticle {
  const source = stripToOneLine(article.source);
  const title = stripToOneLine(dropOverlongWords(article.title));
  const body = dropOverlongWords(stripControlCharacters(article.body)).trim();
  if (!title) throw new ArticleReadError(article.source, 'no title left once control characters are removed');
  if (!body) throw new ArticleReadError(article.source, 'no text left once control characters are removed');
  assertSentencesFit(body, article.source);
  const outlet = article.outlet ? stripToOneLine(article.outlet) || null : null;
  return { ...article, title, body, outlet, source, url: toSafeArticleUrl(article.url) };
}
