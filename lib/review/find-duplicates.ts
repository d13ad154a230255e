import 'server-only';
import { prisma } from '@/lib/db';
import { isSameArea, measurePlaceKm } from './is-same-area';

export type DuplicateCandidate = { id: number; summary: string; placeName: string | null; date: string | null; status: string; distanceKm: number | null };

/**
 * Incidents that may report the same event as `id`: same type, from a different article, date intervals
 * that overlap, and places within about 10 km or in the same county (is-same-area.ts). Rejected and merged
 * ones are left out.
 */
export async function findDuplicateCandidates(id: number): Promise<DuplicateCandidate[]> {
  const self = await prisma.incident.findUnique({
    where: { id },
    select: { type: true, dateStart: true, dateEnd: true, lat: true, lon: true, placeName: true, admin1: true, sources: { select: { articleId: true } } },
  });
  if (!self || !self.dateStart || !self.dateEnd || (self.lat === null && !self.placeName)) return [];
  const articleIds = self.sources.map((s) => s.articleId);
  // SQL narrows to a box a little larger than the radius, the same place name, or (a county lies inside one
  // province) the same province; the exact rule is checked below.
  const near = self.lat !== null && self.lon !== null
    ? [{ lat: { gte: self.lat - 0.1, lte: self.lat + 0.1 }, lon: { gte: self.lon - 0.15, lte: self.lon + 0.15 } }]
    : [];
  const rows = await prisma.incident.findMany({
    where: {
      id: { not: id },
      type: self.type,
      status: { in: ['auto', 'reviewed'] },
      dateStart: { lte: self.dateEnd },
      dateEnd: { gte: self.dateStart },
      OR: [...near, ...(self.placeName ? [{ placeName: self.placeName }] : []), ...(self.admin1 ? [{ admin1: self.admin1 }] : [])],
      sources: { none: { articleId: { in: articleIds } } },
    },
    select: { id: true, summary: true, placeName: true, admin1: true, date: true, status: true, lat: true, lon: true },
    orderBy: { id: 'asc' },
    take: 200,
  });
  return rows
    .filter((r) => isSameArea(self, r))
    .map((r) => ({ id: r.id, summary: r.summary, placeName: r.placeName, date: r.date, status: r.status, distanceKm: measurePlaceKm(self, r) }))
    .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
    .slice(0, 5);
}
