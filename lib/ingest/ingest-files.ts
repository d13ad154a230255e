import { createHash } from 'node:crypto';
import type { PrismaClient } from '@/generated/prisma/client';
import { saveArticle } from '@/lib/incidents/save-article';
import { extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import { listArticleFiles, readArticleFile } from '@/lib/ingest/read';
import { escapeForTerminal } from '@/lib/ingest/read/strip-control';
import type { ParsedArticle } from '@/lib/ingest/types';
import { toArticleToSave } from './article-to-save';

export type IngestSummary = {
  files: number;
  articlesNew: number;
  articlesUpdated: number;
  articlesUnchanged: number;
  failed: { file: string; error: string }[];
  incidentsAdded: number;
};

export type IngestOptions = {
  outlet?: string;
  /** Called once with done = 0 when the files are known, then after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Called after each article of a file (a feed holds thousands), so a long feed shows it is moving. */
  onItem?: (done: number, total: number, file: string) => void;
};

/** Same text, same hash: whitespace and case differences don't make a new article. */
export function hashArticle(article: ParsedArticle): string {
  const normalised = `${article.title}\n${article.body}`.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

/**
 * Reads, extracts and stores every article under `paths`. A file that cannot be read is reported by name
 * and skipped; each article is stored in its own transaction, so a failure never leaves half an article.
 */
export async function ingestFiles(prisma: PrismaClient, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const files = await listArticleFiles(paths);
  const summary: IngestSummary = { files: files.length, articlesNew: 0, articlesUpdated: 0, articlesUnchanged: 0, failed: [], incidentsAdded: 0 };
  options.onProgress?.(0, files.length, '');
  for (const [index, file] of files.entries()) {
    try {
      const articles = await readArticleFile(file, { outlet: options.outlet });
      for (const [itemIndex, article] of articles.entries()) {
        const contentHash = hashArticle(article);
        // Extraction runs outside any transaction, and not at all for text already stored: a re-run of a big
        // feed costs a read per item, and the write transaction that follows holds only the writes.
        const stored = await prisma.article.findUnique({ where: { contentHash }, select: { id: true } });
        const result = stored
          ? ({ outcome: 'unchanged', incidentsAdded: 0 } as const)
          : await saveArticle(prisma, {
              ...toArticleToSave(article, contentHash, article.source),
              incidents: extractIncidents(article),
            });
        if (result.outcome === 'new') summary.articlesNew += 1;
        else if (result.outcome === 'updated') summary.articlesUpdated += 1;
        else summary.articlesUnchanged += 1;
        summary.incidentsAdded += result.incidentsAdded;
        options.onItem?.(itemIndex + 1, articles.length, file);
      }
    } catch (error) {
      // Messages are printed: the file name is escaped, so a name carrying terminal escapes stays inert.
      const message = escapeForTerminal(error instanceof Error ? error.message : String(error));
      const name = escapeForTerminal(file);
      summary.failed.push({ file, error: message.includes(name) ? message : `${name}: ${message}` });
    }
    options.onProgress?.(index + 1, files.length, file);
  }
  return summary;
}
