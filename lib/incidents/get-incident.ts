import 'server-only';
import { prisma } from '@/lib/db';
import { LIST_ITEM_SELECT, toListItem, type IncidentDetail } from './incident-dto';

/**
 * One incident with its tags and sources, or null (also for a merged one, which lives on as a source of the
 * incident it was merged into). A rejected one is returned, marked by its status: the dashboard lists it when a
 * filter asks (`status=rejected`), and its link must still open.
 */
export async function getIncident(id: number): Promise<IncidentDetail | null> {
  const row = await prisma.incident.findUnique({
    where: { id },
    select: {
      ...LIST_ITEM_SELECT,
      evidence: true,
      actors: true,
      lat: true,
      lon: true,
      confidence: true,
      tags: { select: { tag: true }, orderBy: { tag: 'asc' } },
      sources: {
        select: {
          article: {
            select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!row || row.status === 'merged') return null;
  return {
    ...toListItem(row),
    evidence: row.evidence,
    actors: row.actors ? row.actors.split(',') : [],
    lat: row.lat,
    lon: row.lon,
    confidence: row.confidence,
    tags: row.tags.map((t) => t.tag),
    sources: row.sources.map(({ article }) => ({
      articleId: article.id,
      title: article.title,
      url: article.url,
      outlet: article.outlet?.name ?? null,
      publishedAt: article.publishedAt,
    })),
  };
}
