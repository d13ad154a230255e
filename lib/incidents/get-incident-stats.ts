import 'server-only';
import { getProvinceByName } from '@/lib/geo/provinces';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';
import { countIncidents } from './count-incidents';
import { countStatsEdges } from './count-date-edges';
import { canCountInOneScan, countSearchStats } from './count-search-stats';
import { countTimeline, type Timeline } from './count-timeline';
import type { IncidentFilter } from './filter';
import type { Interval } from './periods';

export type { PeriodCounts } from './count-timeline';
export type ProvinceCount = { province: string; slug: string | null; count: number };

export type IncidentStats = Timeline & {
  /** Per type, counted as if no type were selected, so every checkbox shows what it would add. */
  typeFacet: Record<IncidentType, number>;
  byProvince: ProvinceCount[];
  /** Matching incidents with no province (abroad at country level, or unknown). */
  unplaced: number;
};

/**
 * Totals, the type facet, the timeline and the province counts for a filter: the timeline's counts
 * (count-timeline.ts), and type × province without the type filter, which gives both the type facet (summed
 * over provinces) and the view's provinces (summed over selected types). Read from the aggregate tables when
 * the filter allows (see count-incidents.ts). A text search counts both in one statement (count-search-stats.ts), and
 * so do a date range's day-bounded edges (count-date-edges.ts).
 */
export async function getIncidentStats(filter: IncidentFilter, by: Interval): Promise<IncidentStats> {
  const shared = canCountInOneScan(filter, by) ? countSearchStats(filter, by) : null;
  const edges = shared ? null : countStatsEdges(filter, by);
  const [timeline, typeProvinceRows] = await Promise.all([
    countTimeline(filter, by, { counted: shared?.periodRows ?? (edges ? countIncidents(filter, { dims: ['period', 'type'], by }, edges.periodRows) : undefined) }),
    shared?.typeProvinceRows ?? countIncidents(filter, { dims: ['type', 'admin1'], skip: 'types' }, edges?.typeProvinceRows),
  ]);

  const typeFacet = Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as Record<IncidentType, number>;
  const selected = (type: string) => filter.types.length === 0 || (filter.types as string[]).includes(type);
  const provinceCounts = new Map<string | null, number>();
  for (const row of typeProvinceRows) {
    if (row.type! in typeFacet) typeFacet[row.type as IncidentType] += row.n;
    if (selected(row.type!)) provinceCounts.set(row.admin1 ?? null, (provinceCounts.get(row.admin1 ?? null) ?? 0) + row.n);
  }

  let unplaced = 0;
  const byProvince: ProvinceCount[] = [];
  for (const [admin1, n] of provinceCounts) {
    if (!admin1) unplaced += n;
    else byProvince.push({ province: admin1, slug: getProvinceByName(admin1)?.slug ?? null, count: n });
  }
  byProvince.sort((a, b) => b.count - a.count || a.province.localeCompare(b.province));

  return { ...timeline, typeFacet, byProvince, unplaced };
}
