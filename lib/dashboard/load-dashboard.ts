import 'server-only';
import { cache } from 'react';
import { getIncident } from '@/lib/incidents/get-incident';
import { getIncidentStats } from '@/lib/incidents/get-incident-stats';
import { getProvinceFacet } from '@/lib/incidents/get-province-facet';
import { toIncidentFilter } from '@/lib/incidents/filter';
import { listIncidents } from '@/lib/incidents/list-incidents';
import { runAdmittedRead } from './run-admitted-read';
import { encodeDashboardState, parseDashboardState, type DashboardState } from '@/lib/url/dashboard-state';

/**
 * What the server renders for one URL: aggregates, one page of the list and the selected incident. Never
 * the whole table, and not the markers: the map fetches those for its own viewport (GET /api/markers).
 * The count and the count by province are queried once (in the stats) and reused by the list and the
 * province facet. Cached per request so the page and its metadata share one set of queries, run inside
 * the read slot proxy.ts admitted the request to.
 */
const loadByQuery = cache((query: string) => runAdmittedRead(() => queryDashboard(query)));

async function queryDashboard(query: string) {
  const state = parseDashboardState(new URLSearchParams(query));
  const filter = toIncidentFilter(state);
  const [stats, incident] = await Promise.all([
    getIncidentStats(filter, state.by),
    state.incident ? getIncident(state.incident) : Promise.resolve(null),
  ]);
  const [provinces, page] = await Promise.all([
    getProvinceFacet(filter, stats.byProvince),
    listIncidents(filter, { page: state.page, cursor: state.cursor }, stats),
  ]);
  return { state, stats, provinces, page, incident };
}

export type DashboardData = Awaited<ReturnType<typeof loadByQuery>>;

export function loadDashboard(state: DashboardState): Promise<DashboardData> {
  return loadByQuery(encodeDashboardState(state));
}
