import type { ParsedArticle } from '@/lib/ingest/types';
import { ArticleReadError } from './article-read-error';
import { loadArticleText } from './load-text';
import { readFeed } from './read-feed';
import { readHtml } from './read-html';
import { readPlainText } from './read-plain-text';
import { sanitiseArticle } from './sanitise-article';
import { stripToOneLine } from './strip-control';
import { outletFromFolder } from './outlets';

export type ReadOptions = { outlet?: string };

export type ArticleFormat = ParsedArticle['format'];

/** Decides the format from the content, not the name: saved pages often lose or misname their extension. */
export function sniffFormat(text: string): ArticleFormat {
  // An XML declaration, comments and a non-HTML DOCTYPE (`<!DOCTYPE rss …>`, with or without an internal
  // subset) may come before a feed's root element.
  const head = text
    .slice(0, 8192)
    .replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+(?!html\b)[^>[]*(?:\[[\s\S]*?\]\s*)?>\s*)?(?:<!--[\s\S]*?-->\s*)*/i, '')
    .toLowerCase();
  if (/^<(?:rss|rdf:rdf|feed)[\s>]/.test(head)) return 'feed';
  if (/^<!doctype html|^<html[\s>]|<html[\s>]|<head[\s>]|<body[\s>]/.test(head)) return 'html';
  // Any other XML document (a feed whose prolog is too long to see past, say) goes to the feed reader,
  // which refuses what it cannot read, rather than being stored as an article of raw markup.
  if (/^\s*<(?:\?xml|!doctype)\b/i.test(text)) return 'feed';
  return 'text';
}

function parseByFormat(text: string, format: ArticleFormat, path: string): ParsedArticle[] {
  try {
    if (format === 'feed') return readFeed(text, path);
    return [format === 'html' ? readHtml(text, path) : readPlainText(text, path)];
  } catch (err) {
    if (err instanceof ArticleReadError) throw err;
    // A parser crash (a stack overflow on odd markup, say) is still this file's problem, not the batch's.
    throw new ArticleReadError(path, `could not parse ${format}: ${(err as Error).message}`);
  }
}

/** Sanitises each article; a feed keeps its good items and fails only when none is left. */
function sanitiseAll(articles: ParsedArticle[], format: ArticleFormat): ParsedArticle[] {
  if (format !== 'feed') return articles.map(sanitiseArticle);
  const kept: ParsedArticle[] = [];
  let firstError: ArticleReadError | undefined;
  for (const article of articles) {
    try {
      kept.push(sanitiseArticle(article));
    } catch (err) {
      if (!(err instanceof ArticleReadError)) throw err;
      firstError ??= err;
    }
  }
  if (kept.length === 0 && firstError) throw firstError;
  return kept;
}

/**
 * Reads one file into articles (several for a feed). Throws ArticleReadError, naming the file, when the
 * file cannot be an article. The outlet comes from the text, else `opts.outlet`, else the folder's name.
 */
export async function readArticleFile(path: string, opts: ReadOptions = {}): Promise<ParsedArticle[]> {
  const text = await loadArticleText(path);
  const format = sniffFormat(text);
  const articles = sanitiseAll(parseByFormat(text, format, path), format);
  const fallback = stripToOneLine(opts.outlet ?? '') || stripToOneLine(outletFromFolder(path) ?? '');
  return articles.map((a) => (a.outlet || !fallback ? a : { ...a, outlet: fallback }));
}
