import 'server-only';
import { countIncidents } from './count-incidents';
import type { IncidentFilter } from './filter';
import { listIncidents, type IncidentPage, type ListPosition } from './list-incidents';

/**
 * One page of the dashboard's list on its own (GET /api/list): it counts the matches and the undated ones
 * by year, the smallest grouping that gives both, rather than computing the whole stats.
 */
export async function listIncidentPage(filter: IncidentFilter, position: ListPosition | number): Promise<IncidentPage> {
  const rows = await countIncidents(filter, { dims: ['period'], by: 'year' });
  let total = 0;
  let undated = 0;
  for (const row of rows) {
    total += row.n;
    if (!row.period) undated += row.n;
  }
  return listIncidents(filter, position, { total, undated });
}
