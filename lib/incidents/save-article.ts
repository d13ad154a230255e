import type { PrismaClient } from '@/generated/prisma/client';
import type { ExtractedIncident } from '@/lib/ingest/types';
import type { IncidentStatus } from '@/lib/taxonomy';
import { slugify } from './slugify';
import { toIncidentRow } from './to-incident-row';

export type ArticleToSave = {
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  contentHash: string;
  text: string | null;
  sourcePath: string | null;
  incidents: (ExtractedIncident & { status?: IncidentStatus })[];
};

export type SaveResult = { articleId: number; created: boolean; incidentsAdded: number; incidentsKept: number };

/**
 * Stores one article and its incidents in one transaction. Idempotent: an article already stored (same
 * content hash, or same URL) is left as it is, and so are incidents a person has reviewed or rejected.
 */
export async function saveArticle(prisma: PrismaClient, article: ArticleToSave): Promise<SaveResult> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.article.findFirst({
      where: { OR: [{ contentHash: article.contentHash }, ...(article.url ? [{ url: article.url }] : [])] },
      select: { id: true },
    });
    if (existing) return { articleId: existing.id, created: false, incidentsAdded: 0, incidentsKept: 0 };

    const outlet = article.outlet
      ? await tx.outlet.upsert({
          where: { slug: slugify(article.outlet) },
          update: {},
          create: { slug: slugify(article.outlet), name: article.outlet },
        })
      : null;
    const saved = await tx.article.create({
      data: {
        title: article.title,
        url: article.url,
        publishedAt: article.publishedAt,
        publishedPrecision: article.publishedAt ? 'day' : 'unknown',
        contentHash: article.contentHash,
        text: article.text,
        sourcePath: article.sourcePath,
        outletId: outlet?.id ?? null,
      },
    });

    let incidentsAdded = 0;
    let incidentsKept = 0;
    for (const [index, incident] of article.incidents.entries()) {
      const fingerprint = `${article.contentHash}:${index}`;
      const known = await tx.incident.findUnique({ where: { fingerprint }, select: { id: true, status: true } });
      if (known && known.status !== 'auto') {
        incidentsKept += 1; // a person's decision outranks the machine
        await tx.incidentSource.upsert({
          where: { incidentId_articleId: { incidentId: known.id, articleId: saved.id } },
          update: {},
          create: { incidentId: known.id, articleId: saved.id },
        });
        continue;
      }
      const row = toIncidentRow(incident, [article.title], incident.status ?? 'auto');
      const stored = known
        ? await tx.incident.update({ where: { id: known.id }, data: row })
        : await tx.incident.create({ data: { ...row, fingerprint } });
      await tx.incidentTag.deleteMany({ where: { incidentId: stored.id } });
      if (incident.tags.length) {
        await tx.incidentTag.createMany({ data: [...new Set(incident.tags)].map((tag) => ({ incidentId: stored.id, tag })) });
      }
      await tx.incidentSource.create({ data: { incidentId: stored.id, articleId: saved.id } });
      await tx.auditLog.create({ data: { incidentId: stored.id, action: 'ingest', actor: 'extractor', after: incident.type } });
      incidentsAdded += 1;
    }
    return { articleId: saved.id, created: true, incidentsAdded, incidentsKept };
  });
}
