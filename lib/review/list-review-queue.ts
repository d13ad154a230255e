import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { findDuplicateCandidates, type DuplicateCandidate } from './find-duplicates';

export const REVIEW_SORTS = ['confidence', 'date'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];
export const QUEUE_PAGE_SIZE = 25;

export type QueueSource = { articleId: number; title: string; url: string | null; outlet: string | null; publishedAt: string | null; text: string | null };
export type QueueItem = {
  id: number;
  type: string;
  summary: string;
  evidence: string | null;
  date: string | null;
  datePrecision: string;
  placeName: string | null;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  locationPrecision: string;
  actors: string[];
  tags: string[];
  confidence: number;
  sources: QueueSource[];
  duplicates: DuplicateCandidate[];
};

/** Machine incidents still `auto` that match the dashboard filter, least sure (or newest) first. */
export async function listReviewQueue(filter: IncidentFilter, sort: ReviewSort, limit = QUEUE_PAGE_SIZE): Promise<QueueItem[]> {
  const rows = await prisma.incident.findMany({
    where: buildIncidentWhere({ ...filter, status: 'auto' }),
    orderBy: sort === 'confidence' ? [{ confidence: 'asc' }, { id: 'asc' }] : [{ dateStart: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: limit,
    include: {
      tags: { select: { tag: true }, orderBy: { tag: 'asc' } },
      sources: { include: { article: { include: { outlet: { select: { name: true } } } } } },
    },
  });
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      type: row.type,
      summary: row.summary,
      evidence: row.evidence,
      date: row.date,
      datePrecision: row.datePrecision,
      placeName: row.placeName,
      admin1: row.admin1,
      country: row.country,
      lat: row.lat,
      lon: row.lon,
      locationPrecision: row.locationPrecision,
      actors: row.actors ? row.actors.split(',') : [],
      tags: row.tags.map((t) => t.tag),
      confidence: row.confidence,
      sources: row.sources.map(({ article }) => ({
        articleId: article.id,
        title: article.title,
        url: article.url,
        outlet: article.outlet?.name ?? null,
        publishedAt: article.publishedAt,
        text: article.text,
      })),
      duplicates: await findDuplicateCandidates(row.id),
    })),
  );
}

/** How many are left to review (under this filter) and how many incidents were approved today (UTC). */
export async function getReviewCounters(filter: IncidentFilter, now = new Date()): Promise<{ left: number; reviewedToday: number }> {
  // A date-only ISO string is read as UTC midnight: the start of today in UTC.
  const today = new Date(now.toISOString().slice(0, 10));
  const [left, reviewedToday] = await Promise.all([
    prisma.incident.count({ where: buildIncidentWhere({ ...filter, status: 'auto' }) }),
    prisma.incident.count({ where: { status: 'reviewed', reviewedAt: { gte: today } } }),
  ]);
  return { left, reviewedToday };
}
