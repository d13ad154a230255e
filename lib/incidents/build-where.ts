import type { Prisma } from '@/generated/prisma/client';
import { toProvinceNames } from '@/lib/geo/provinces';
import { earliestStartOverlapping, endOfDateBound, startOfDateBound } from '@/lib/dates/calendar';
import { listShownStatuses, type IncidentFilter } from './filter';
import { foldSearchText } from './search-text';

/** A facet left out, so its options can show counts as if it were not set (live counts per type). */
export type FacetToSkip = 'types' | 'provinces';

/** Conditions on columns that the incident table and IncidentCoarseCount both have. */
export type SpanCondition = {
  type?: { in: string[] };
  admin1?: { in: string[] };
  dateStart?: { gte: string } | { lte: string };
  dateEnd?: { gte: string };
};

/** The filter's conditions on type, date span and province, for the incident table or the coarse-date rollup. */
export function buildSpanConditions(filter: IncidentFilter, skip?: FacetToSkip): SpanCondition[] {
  const and: SpanCondition[] = [];
  if (filter.types.length && skip !== 'types') and.push({ type: { in: filter.types } });
  // A date range keeps incidents whose own interval overlaps it, so "2024-02" matches from=2024-02-15.
  // The second bound adds nothing (no incident spans more than a year) but lets the dateStart index seek.
  if (filter.from) {
    const from = startOfDateBound(filter.from);
    and.push({ dateEnd: { gte: from } }, { dateStart: { gte: earliestStartOverlapping(from) } });
  }
  if (filter.to) and.push({ dateStart: { lte: endOfDateBound(filter.to) } });
  if (filter.provinces.length && skip !== 'provinces') and.push({ admin1: { in: toProvinceNames(filter.provinces) } });
  return and;
}

/**
 * The Prisma `where` for a filter. Portable: plain comparisons and `contains` on a folded column (search-text.ts),
 * nothing SQLite- or PostgreSQL-specific. Rejected incidents show only when `status` asks; merged ones never.
 */
export function buildIncidentWhere(filter: IncidentFilter, skip?: FacetToSkip): Prisma.IncidentWhereInput {
  const and: Prisma.IncidentWhereInput[] = [
    { status: { in: listShownStatuses(filter.status) } },
  ];
  and.push(...buildSpanConditions(filter, skip));
  const q = filter.q ? foldSearchText(filter.q) : '';
  if (q) and.push({ searchText: { contains: q } });
  if (filter.tags.length) and.push({ tags: { some: { tag: { in: filter.tags } } } });
  if (filter.outlets.length) {
    and.push({ sources: { some: { article: { outlet: { slug: { in: filter.outlets } } } } } });
  }
  return { AND: and };
}
