import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import type { IncidentFilter } from '@/lib/incidents/filter';
import {
  DETAIL_SELECT,
  toIncidentDetail,
  toIncidentSource,
  type IncidentDetail,
  type IncidentSource,
} from '@/lib/incidents/incident-dto';
import { findDuplicateCandidates, type DuplicateCandidate } from './find-duplicates';

export const REVIEW_SORTS = ['confidence', 'date'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];
export const QUEUE_PAGE_SIZE = 25;

export type QueueSource = IncidentSource & { text: string | null };
/** An incident waiting for review: the detail, its articles' text, and what it may duplicate. */
export type QueueItem = Omit<IncidentDetail, 'sources'> & { sources: QueueSource[]; duplicates: DuplicateCandidate[] };

/** Machine incidents still `auto` that match the dashboard filter, least sure (or newest) first. */
export async function listReviewQueue(filter: IncidentFilter, sort: ReviewSort, limit = QUEUE_PAGE_SIZE): Promise<QueueItem[]> {
  const rows = await prisma.incident.findMany({
    where: buildIncidentWhere({ ...filter, status: 'auto' }),
    orderBy: sort === 'confidence' ? [{ confidence: 'asc' }, { id: 'asc' }] : [{ dateStart: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: limit,
    select: {
      ...DETAIL_SELECT,
      sources: {
        orderBy: DETAIL_SELECT.sources.orderBy,
        select: { article: { select: { ...DETAIL_SELECT.sources.select.article.select, text: true } } },
      },
    },
  });
  return Promise.all(
    rows.map(async (row) => ({
      ...toIncidentDetail(row),
      sources: row.sources.map(({ article }) => ({ ...toIncidentSource(article), text: article.text })),
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
