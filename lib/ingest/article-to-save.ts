import type { ArticleToSave } from '@/lib/incidents/save-article';
import type { ParsedArticle } from './types';

/**
 * The article's stored columns, for saveArticle. `sourcePath` is the file (and feed item) it came from, or
 * null for an article pasted in the browser.
 */
export function toArticleToSave(
  article: ParsedArticle,
  contentHash: string,
  sourcePath: string | null,
): Omit<ArticleToSave, 'incidents' | 'savedBy'> {
  return {
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    publishedAt: article.publishedAt,
    contentHash,
    text: article.body,
    sourcePath,
  };
}
