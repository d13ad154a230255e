import 'server-only';
import { splitFilterMonths } from './aggregates/split-date-range';
import { countEdgeDays } from './count-edge-days';
import { canUseAggregates } from './count-incidents';
import { sumStatsCounts, type SearchStatsCounts } from './count-search-stats';
import type { IncidentFilter } from './filter';
import type { Interval } from './periods';

// A date range bounded by days inside a month (from=2019-03-15) has its edge days counted apart
// (aggregates/split-date-range.ts), and the stats counted them twice: for the timeline's period × type and for the
// facets' type × province. On the incident table each statement visited the edges' ~4,000 rows one heap page each
// (PostgreSQL 11–31 ms apiece); they are now read from IncidentDayCount (count-edge-days.ts). Both are still summed
// out of ONE grouped count of the edges, period × type × province without the type filter, as count-search-stats.ts
// does for a text search.

/** The edges of both stats counts from one statement, or null when the aggregates hold the whole range. */
export function countStatsEdges(filter: IncidentFilter, by: Interval): SearchStatsCounts | null {
  const { edges } = splitFilterMonths(filter);
  if (!canUseAggregates(filter) || !edges.length) return null;
  return sumStatsCounts(filter, countEdgeDays(filter, { dims: ['period', 'type', 'admin1'], by, skip: 'types' }, edges));
}
