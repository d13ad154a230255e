import { readArticleFile } from '@/lib/ingest/read';
import type { ParsedArticle } from '@/lib/ingest/types';
import { extractIncidents } from './extract-incidents';
import type { ExtractedItem, FileExtraction } from './types';

function toItem(article: ParsedArticle): ExtractedItem {
  const { title, outlet, publishedAt, url } = article;
  return { article: { title, outlet, publishedAt, url }, incidents: extractIncidents(article) };
}

export async function extractFile(file: string): Promise<FileExtraction> {
  try {
    const articles = await readArticleFile(file);
    if (articles.length === 0) return { file, error: `${file}: no article found` };
    const items = articles.map(toItem);
    return articles[0].format === 'feed' ? { file, ...items[0], items } : { file, ...items[0] };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { file, error: message.includes(file) ? message : `${file}: ${message}` };
  }
}
