import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '@/generated/prisma/client';
import { saveArticle } from '@/lib/incidents/save-article';
import type { IncidentStatus } from '@/lib/taxonomy';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

type DemoArticle = {
  key: string;
  outlet: string;
  title: string;
  publishedAt: string | null;
  url: string | null;
  incidents: (Omit<ExtractedIncident, 'evidence'> & { status: IncidentStatus })[];
};

export const DEMO_DATA_PATH = path.join(process.cwd(), 'data', 'demo', 'incidents.json');

/** Loads the shipped demo incidents into an empty database; does nothing when there is any incident. */
export async function loadDemoData(prisma: PrismaClient, file = DEMO_DATA_PATH): Promise<number> {
  if ((await prisma.incident.count()) > 0) return 0;
  const { articles } = JSON.parse(await readFile(file, 'utf8')) as { articles: DemoArticle[] };
  let added = 0;
  for (const article of articles) {
    const result = await saveArticle(prisma, {
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      publishedAt: article.publishedAt,
      // Demo articles carry no text: the hash of their citation keeps them unique.
      contentHash: createHash('sha256').update(`demo:${article.key}:${article.title}`).digest('hex'),
      text: null,
      sourcePath: null,
      incidents: article.incidents.map((i) => ({ ...i, evidence: '' })),
    });
    added += result.incidentsAdded;
  }
  return added;
}
