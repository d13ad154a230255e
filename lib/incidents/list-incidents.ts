import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { addDays, endOfDateBound, formatDay, parseIsoDate } from '@/lib/dates/calendar';
import { buildIncidentWhere } from './build-where';
import type { IncidentFilter } from './filter';
import { LIST_ITEM_SELECT, toListItem, type IncidentListItem } from './incident-dto';
import type { ListCursor, ListKey } from './list-cursor';

export const PAGE_SIZE = 20;
const RECENT_DAYS = 31;

/**
 * `newer` / `older`: the keys to ask for the page before / after this one (`before=` / `after=`), null at
 * either end. `page` is the page's number for readers; with a cursor it is the number the link carried.
 */
export type IncidentPage = {
  items: IncidentListItem[];
  total: number;
  page: number;
  pageCount: number;
  newer: ListKey | null;
  older: ListKey | null;
};

/** The view's counts, which the caller already has from getIncidentStats (counting again would repeat them). */
export type ViewCounts = { total: number; undated: number };

/** Which page: a cursor (what the dashboard's pager sends), else a page number (a link typed by hand). */
export type ListPosition = { page: number; cursor: ListCursor | null };

const SELECT = { ...LIST_ITEM_SELECT, dateStart: true } as const;
type Row = Prisma.IncidentGetPayload<{ select: typeof SELECT }>;
type Where = Prisma.IncidentWhereInput;
const DATED_DESC = [{ dateStart: 'desc' }, { id: 'desc' }] satisfies Prisma.IncidentOrderByWithRelationInput[];
const DATED_ASC = [{ dateStart: 'asc' }, { id: 'asc' }] satisfies Prisma.IncidentOrderByWithRelationInput[];

const keyOf = (row: Row): ListKey => ({ date: row.dateStart, id: row.id });
const read = (where: Where[], orderBy: Prisma.IncidentOrderByWithRelationInput[], take: number, skip = 0) =>
  take > 0 ? prisma.incident.findMany({ where: { AND: where }, select: SELECT, orderBy, skip, take }) : Promise.resolve([]);

/**
 * One page of matching incidents, newest first; undated ones last. Read in two index-ordered parts (dated
 * by dateStart, id descending through the (dateStart, id) index; then undated by id), because a
 * `nulls: 'last'` sort makes the database sort every match with a CASE expression instead. With a cursor
 * the query seeks to the key (keyset pagination) and reads one page plus one row; without one it skips
 * `(page - 1) × PAGE_SIZE` rows, which only hand-typed `page=` links do.
 */
export async function listIncidents(filter: IncidentFilter, position: ListPosition | number, counts: ViewCounts): Promise<IncidentPage> {
  const { page, cursor } = typeof position === 'number' ? { page: position, cursor: null } : position;
  const where = buildIncidentWhere(filter);
  const pageCount = Math.max(1, Math.ceil(counts.total / PAGE_SIZE));
  const clamp = (n: number, min: number, max: number) => Math.min(Math.max(min, n), Math.max(min, max));
  if (cursor?.dir === 'after') {
    const rows = await readAfter(where, cursor, PAGE_SIZE + 1);
    if (rows.length) {
      const more = rows.length > PAGE_SIZE;
      const items = rows.slice(0, PAGE_SIZE);
      return toPage(items, counts.total, more ? clamp(page, 2, pageCount - 1) : pageCount, pageCount, true, more);
    }
  } else if (cursor?.dir === 'before') {
    const rows = await readBefore(where, cursor, PAGE_SIZE + 1);
    // Nothing newer beyond this page: it is the first page, read as such (a full page even if rows moved).
    if (rows.length > PAGE_SIZE) return toPage(rows.slice(0, PAGE_SIZE).reverse(), counts.total, clamp(page, 2, pageCount - 1), pageCount, true, true);
    if (rows.length) return readByOffset(where, 1, counts, pageCount);
  }
  // No cursor, or one that leads nowhere (rows gone since): the page by number, clamped to the last one.
  const number = clamp(page, 1, pageCount);
  if (number === 1 && filter.to) {
    const recent = await readRecent(where, filter.to);
    if (recent.length === PAGE_SIZE) return toPage(recent, counts.total, 1, pageCount, false, pageCount > 1);
  }
  return readByOffset(where, number, counts, pageCount);
}

function toPage(rows: Row[], total: number, page: number, pageCount: number, hasNewer: boolean, hasOlder: boolean): IncidentPage {
  return {
    items: rows.map(({ dateStart: _, ...item }) => toListItem(item)),
    total,
    page,
    pageCount,
    newer: hasNewer && rows.length ? keyOf(rows[0]) : null,
    older: hasOlder && rows.length ? keyOf(rows[rows.length - 1]) : null,
  };
}

async function readByOffset(where: Where, page: number, { total, undated }: ViewCounts, pageCount: number): Promise<IncidentPage> {
  const dated = total - undated;
  const offset = (page - 1) * PAGE_SIZE;
  const rows = offset < dated ? await read([where, { dateStart: { not: null } }], DATED_DESC, PAGE_SIZE, offset) : [];
  if (rows.length < PAGE_SIZE && undated > 0) {
    rows.push(...(await read([where, { dateStart: null }], [{ id: 'desc' }], PAGE_SIZE - rows.length, Math.max(0, offset - dated))));
  }
  return toPage(rows, total, page, pageCount, page > 1, page < pageCount);
}

/**
 * A date range's first page when its last RECENT_DAYS hold a page: those rows are the newest of the range, so
 * they are its first page. SQLite reads them through the date index; for the whole range of several months it
 * preferred the covering date index and sorted every match (1.1–1.7 s for 18 months at 1M).
 */
function readRecent(where: Where, to: string): Promise<Row[]> {
  const end = parseIsoDate(endOfDateBound(to));
  if (!end) return Promise.resolve([]);
  return read([where, { dateStart: { gte: formatDay(addDays(end, -RECENT_DAYS)) } }], DATED_DESC, PAGE_SIZE);
}

/** The `take` rows that follow `key` in list order. `dateStart <= d` lets the index seek; the OR only trims that day. */
async function readAfter(where: Where, { date, id }: ListKey, take: number): Promise<Row[]> {
  const undatedAfter: Where = date === null ? { dateStart: null, id: { lt: id } } : { dateStart: null };
  const rows =
    date === null ? [] : await read([where, { dateStart: { lte: date } }, { OR: [{ dateStart: { lt: date } }, { id: { lt: id } }] }], DATED_DESC, take);
  rows.push(...(await read([where, undatedAfter], [{ id: 'desc' }], take - rows.length)));
  return rows;
}

/** The `take` rows that precede `key` in list order, nearest first (so in reverse list order). */
async function readBefore(where: Where, { date, id }: ListKey, take: number): Promise<Row[]> {
  const rows = date === null ? await read([where, { dateStart: null, id: { gt: id } }], [{ id: 'asc' }], take) : [];
  const dated: Where[] =
    date === null
      ? [where, { dateStart: { not: null } }]
      : [where, { dateStart: { gte: date } }, { OR: [{ dateStart: { gt: date } }, { id: { gt: id } }] }];
  rows.push(...(await read(dated, DATED_ASC, take - rows.length)));
  return rows;
}
