import 'server-only';
import { countFromIncidents, type CountDim, type CountRow } from './count-incidents';
import type { IncidentFilter } from './filter';
import type { Interval } from './periods';

// A text search cannot be answered from the aggregate tables, and every statement that counts its matches finds
// them again. For a common word that is most of the table each time: on PostgreSQL a quarter of the rows match
// and the pg_trgm bitmap then visits every heap page (exact bitmap, no lossy pages: work_mem is not the limit),
// on SQLite each statement reads the FTS5 matches and then those rows. So the stats' two big counts, the
// timeline's period × type and the facets' type × province, are taken from ONE grouped count, period × type ×
// province over the matches without the type filter, and each is summed out of it in memory. Same answers:
// the type filter is applied to the rows instead of in the WHERE. Weekly charts keep the two statements: week ×
// type × province reaches 10^5 groups, and a chart of more than 400 weeks is counted again by month anyway.

export type SearchStatsCounts = {
  /** The timeline's grouped count (period × type, selected types only), for `by`. */
  periodRows: Promise<CountRow[]>;
  /** Type × province without the type filter (type facet and the view's provinces). */
  typeProvinceRows: Promise<CountRow[]>;
};

/** Whether the stats for this filter and chart interval are counted in one statement (see above). */
export function canCountInOneScan(filter: IncidentFilter, by: Interval): boolean {
  return Boolean(filter.q) && by !== 'week';
}

/** Both counts from one GROUP BY period, type, province. The two promises settle together. */
export function countSearchStats(filter: IncidentFilter, by: Interval): SearchStatsCounts {
  return sumStatsCounts(filter, countFromIncidents(filter, { dims: ['period', 'type', 'admin1'], by, skip: 'types' }));
}

/** Both stats counts summed out of one period × type × province count taken without the type filter. */
export function sumStatsCounts(filter: IncidentFilter, rows: Promise<CountRow[]>): SearchStatsCounts {
  const selected = (type: string | null | undefined) => filter.types.length === 0 || (filter.types as string[]).includes(type ?? '');
  return {
    periodRows: rows.then((all) => sumRows(all.filter((row) => selected(row.type)), ['period', 'type'])),
    typeProvinceRows: rows.then((all) => sumRows(all, ['type', 'admin1'])),
  };
}

/** `rows` summed over every dimension but `dims`. */
export function sumRows(rows: readonly CountRow[], dims: CountDim[]): CountRow[] {
  const sums = new Map<string, CountRow>();
  for (const row of rows) {
    const key = JSON.stringify(dims.map((d) => row[d] ?? null));
    const known = sums.get(key);
    if (known) known.n += row.n;
    else sums.set(key, { ...Object.fromEntries(dims.map((d) => [d, row[d] ?? null])), n: row.n });
  }
  return [...sums.values()];
}
