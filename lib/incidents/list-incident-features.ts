import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from './build-where';
import type { IncidentFilter } from './filter';

export type IncidentFeature = {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
};

/**
 * A page of incidents as GeoJSON features, by descending id; `cursor` is the last id of the previous page,
 * which stays stable while new incidents arrive (unlike an offset).
 */
export async function listIncidentFeatures(filter: IncidentFilter, limit: number, cursor?: number) {
  const rows = await prisma.incident.findMany({
    where: { AND: [buildIncidentWhere(filter), ...(cursor ? [{ id: { lt: cursor } }] : [])] },
    orderBy: { id: 'desc' },
    take: limit + 1,
    include: {
      tags: { select: { tag: true } },
      sources: { select: { article: { select: { title: true, url: true, publishedAt: true, outlet: { select: { name: true } } } } } },
    },
  });
  const page = rows.slice(0, limit);
  const features: IncidentFeature[] = page.map((r) => ({
    type: 'Feature',
    id: r.id,
    geometry: r.lat !== null && r.lon !== null ? { type: 'Point', coordinates: [r.lon, r.lat] } : null,
    properties: {
      type: r.type,
      tags: r.tags.map((t) => t.tag),
      summary: r.summary,
      evidence: r.evidence,
      date: r.date,
      datePrecision: r.datePrecision,
      placeName: r.placeName,
      admin1: r.admin1,
      country: r.country,
      lat: r.lat,
      lon: r.lon,
      locationPrecision: r.locationPrecision,
      actors: r.actors ? r.actors.split(',') : [],
      confidence: r.confidence,
      status: r.status,
      sources: r.sources.map(({ article }) => ({
        outlet: article.outlet?.name ?? null,
        title: article.title,
        url: article.url,
        publishedAt: article.publishedAt,
      })),
    },
  }));
  return { features, nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}
