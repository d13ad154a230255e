import type { ParsedArticle } from '@/lib/ingest/types';
import { ArticleReadError } from './article-read-error';
import { loadArticleText } from './load-text';
import { readFeed } from './read-feed';
import { readHtml } from './read-html';
import { readPlainText } from './read-plain-text';
import { outletFromFolder } from './outlets';

export type ReadOptions = { outlet?: string };

export type ArticleFormat = ParsedArticle['format'];

/** Decides the format from the content, not the name: saved pages often lose or misname their extension. */
export function sniffFormat(text: string): ArticleFormat {
  const head = text.slice(0, 4096).replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '').toLowerCase();
  if (/^<(?:rss|rdf:rdf|feed)[\s>]/.test(head)) return 'feed';
  if (/^<!doctype html|^<html[\s>]|<html[\s>]|<head[\s>]|<body[\s>]/.test(head)) return 'html';
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

/**
 * Reads one file into articles (several for a feed). Throws ArticleReadError, naming the file, when the
 * file cannot be an article. The outlet comes from the text, else `opts.outlet`, else the folder's name.
 */
export async function readArticleFile(path: string, opts: ReadOptions = {}): Promise<ParsedArticle[]> {
  const text = await loadArticleText(path);
  const format = sniffFormat(text);
  const articles = parseByFormat(text, format, path);
  const fallback = opts.outlet?.trim() || outletFromFolder(path);
  return articles.map((a) => (a.outlet || !fallback ? a : { ...a, outlet: fallback }));
}
