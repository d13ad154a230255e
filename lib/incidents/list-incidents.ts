import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from './build-where';
import type { IncidentFilter } from './filter';
import { LIST_ITEM_SELECT, toListItem, type IncidentListItem } from './incident-dto';

export const PAGE_SIZE = 20;

export type IncidentPage = { items: IncidentListItem[]; total: number; page: number; pageCount: number };

/** The view's counts, which the caller already has from getIncidentStats (counting again would repeat them). */
export type ViewCounts = { total: number; undated: number };

/**
 * One page of matching incidents, newest first; undated ones last. Read in two index-ordered parts (dated
 * by dateStart, id descending through the (dateStart, id) index; then undated by id), because a
 * `nulls: 'last'` sort makes the database sort every match with a CASE expression instead.
 */
export async function listIncidents(filter: IncidentFilter, page: number, counts: ViewCounts): Promise<IncidentPage> {
  const where = buildIncidentWhere(filter);
  const { total, undated } = counts;
  const dated = total - undated;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const offset = (current - 1) * PAGE_SIZE;
  const rows =
    offset < dated
      ? await prisma.incident.findMany({
          where: { AND: [where, { dateStart: { not: null } }] },
          select: LIST_ITEM_SELECT,
          orderBy: [{ dateStart: 'desc' }, { id: 'desc' }],
          skip: offset,
          take: PAGE_SIZE,
        })
      : [];
  if (rows.length < PAGE_SIZE && undated > 0) {
    rows.push(
      ...(await prisma.incident.findMany({
        where: { AND: [where, { dateStart: null }] },
        select: LIST_ITEM_SELECT,
        orderBy: { id: 'desc' },
        skip: Math.max(0, offset - dated),
        take: PAGE_SIZE - rows.length,
      })),
    );
  }
  return { items: rows.map(toListItem), total, page: current, pageCount };
}
