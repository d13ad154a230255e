/**
 * A date filter keeps incidents whose interval [dateStart, dateEnd] overlaps [from, to] (whole days). The
 * aggregates know only the month (or year) of dateStart and dateEnd, so a range is split in two parts:
 *
 * - `cells`: bounds on those months that select exactly the incidents lying wholly on the safe side of
 *   both edges; the aggregate table answers them;
 * - `edges`: when an edge falls inside a month (from=2024-03-15), the incidents whose dateEnd (or
 *   dateStart) is in that edge month are checked day by day on the incident table, through the date
 *   indexes. At most one month (or year) of rows per edge.
 *
 * The two parts are disjoint and together give exactly the overlap filter.
 */
export type Grain = 'month' | 'year';

export type CellBounds = {
  /** Lowest allowed month (year) of dateEnd, inclusive. */
  endFrom: string | null;
  /** Highest allowed month (year) of dateStart, inclusive. */
  startTo: string | null;
};

export type EdgeCondition = { dateEnd: { gte: string; lte: string } } | { dateStart: { gte: string; lte: string } };

export type DateSplit = { cells: CellBounds; edges: EdgeCondition[] };

const keyOf = (day: string, grain: Grain) => day.slice(0, grain === 'month' ? 7 : 4);

function firstDay(key: string, grain: Grain): string {
  return grain === 'month' ? `${key}-01` : `${key}-01-01`;
}

function lastDay(key: string, grain: Grain): string {
  if (grain === 'year') return `${key}-12-31`;
  const [y, m] = key.split('-').map(Number);
  return `${key}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function shift(key: string, grain: Grain, by: 1 | -1): string {
  if (grain === 'year') return String(Number(key) + by).padStart(4, '0');
  const [y, m] = key.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** `fromDay`/`toDay` are whole days (YYYY-MM-DD), inclusive, or null for an open side. */
export function splitDateRange(fromDay: string | null, toDay: string | null, grain: Grain): DateSplit {
  const edges: EdgeCondition[] = [];
  let endFrom: string | null = null;
  let startTo: string | null = null;
  if (fromDay) {
    const key = keyOf(fromDay, grain);
    if (fromDay === firstDay(key, grain)) endFrom = key;
    else {
      endFrom = shift(key, grain, 1);
      edges.push({ dateEnd: { gte: fromDay, lte: lastDay(key, grain) } });
    }
  }
  if (toDay) {
    const key = keyOf(toDay, grain);
    if (toDay === lastDay(key, grain)) startTo = key;
    else {
      startTo = shift(key, grain, -1);
      edges.push({ dateStart: { gte: firstDay(key, grain), lte: toDay } });
    }
  }
  return { cells: { endFrom, startTo }, edges };
}
