import 'server-only';
import { withoutDateRange } from './aggregates/split-date-range';
import { canUseAggregates, countFromIncidents, dateEdgesOf, type CountRow } from './count-incidents';
import { sumRows } from './count-search-stats';
import type { IncidentFilter } from './filter';
import type { Interval } from './periods';

// A date range bounded by days inside a month (from=2019-03-15) has its edge months counted on the incident table
// (aggregates/split-date-range.ts), and the stats counted them twice: for the timeline's period × type and for the
// facets' type × province. At 1M each statement visits the edges' ~4,000 rows one heap page each (PostgreSQL
// 11–31 ms apiece). So both are summed out of ONE grouped count of the edges, period × type × province without the
// type filter, as count-search-stats.ts does for a text search.

export type StatsEdges = { periodRows: Promise<CountRow[]>; typeProvinceRows: Promise<CountRow[]> };

/** The edges of both stats counts from one statement, or null when the aggregates hold the whole range. */
export function countStatsEdges(filter: IncidentFilter, by: Interval): StatsEdges | null {
  const edges = dateEdgesOf(filter);
  if (!canUseAggregates(filter) || !edges.length) return null;
  const rows = countFromIncidents(withoutDateRange(filter), { dims: ['period', 'type', 'admin1'], by, skip: 'types' }, { OR: edges });
  const selected = (type: string | null | undefined) => filter.types.length === 0 || (filter.types as string[]).includes(type ?? '');
  return {
    periodRows: rows.then((all) => sumRows(all.filter((row) => selected(row.type)), ['period', 'type'])),
    typeProvinceRows: rows.then((all) => sumRows(all, ['type', 'admin1'])),
  };
}
