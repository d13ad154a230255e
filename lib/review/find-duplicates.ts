import 'server-only';
import { prisma } from '@/lib/db';
import { haversineKm } from '@/lib/geo/haversine';

export const DUPLICATE_RADIUS_KM = 10;

export type DuplicateCandidate = { id: number; summary: string; placeName: string | null; date: string | null; status: string; distanceKm: number | null };

/**
 * Incidents that may report the same event as `id`: same type, from a different article, date intervals
 * that overlap, and places within about 10 km (or the same named place). Rejected and merged ones are left out.
 */
export async function findDuplicateCandidates(id: number): Promise<DuplicateCandidate[]> {
  const self = await prisma.incident.findUnique({
    where: { id },
    select: { type: true, dateStart: true, dateEnd: true, lat: true, lon: true, placeName: true, sources: { select: { articleId: true } } },
  });
  if (!self || !self.dateStart || !self.dateEnd || (self.lat === null && !self.placeName)) return [];
  const articleIds = self.sources.map((s) => s.articleId);
  // A box a little larger than the radius narrows the search in SQL; the exact distance is checked below.
  const near = self.lat !== null && self.lon !== null
    ? { lat: { gte: self.lat - 0.1, lte: self.lat + 0.1 }, lon: { gte: self.lon - 0.15, lte: self.lon + 0.15 } }
    : { placeName: self.placeName };
  const rows = await prisma.incident.findMany({
    where: {
      id: { not: id },
      type: self.type,
      status: { in: ['auto', 'reviewed'] },
      dateStart: { lte: self.dateEnd },
      dateEnd: { gte: self.dateStart },
      OR: [near, ...(self.placeName ? [{ placeName: self.placeName }] : [])],
      sources: { none: { articleId: { in: articleIds } } },
    },
    select: { id: true, summary: true, placeName: true, date: true, status: true, lat: true, lon: true },
    take: 20,
  });
  return rows
    .map((r) => ({
      id: r.id,
      summary: r.summary,
      placeName: r.placeName,
      date: r.date,
      status: r.status,
      distanceKm: self.lat !== null && self.lon !== null && r.lat !== null && r.lon !== null ? haversineKm(self.lat, self.lon, r.lat, r.lon) : null,
    }))
    .filter((r) => (r.distanceKm === null ? r.placeName === self.placeName : r.distanceKm <= DUPLICATE_RADIUS_KM))
    .slice(0, 5);
}
