import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from './build-where';
import type { IncidentFilter } from './filter';
import { LIST_ITEM_SELECT, toListItem, type IncidentListItem } from './incident-dto';

export const PAGE_SIZE = 20;

export type IncidentPage = { items: IncidentListItem[]; total: number; page: number; pageCount: number };

/**
 * One page of matching incidents, newest first; undated ones last. `total` is the view's count, which the
 * caller already has from getIncidentStats: counting again here would repeat the same COUNT.
 */
export async function listIncidents(filter: IncidentFilter, page: number, total: number): Promise<IncidentPage> {
  const where = buildIncidentWhere(filter);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.incident.findMany({
    where,
    select: LIST_ITEM_SELECT,
    orderBy: [{ dateStart: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { items: rows.map(toListItem), total, page: current, pageCount };
}
