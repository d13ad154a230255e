import { DEFAULT_STATE, type DashboardState } from '@/lib/url/dashboard-state';

/** What narrows the set of incidents: the part of the dashboard state (and of an API query) that filters. */
export type IncidentFilter = Pick<
  DashboardState,
  'types' | 'from' | 'to' | 'provinces' | 'q' | 'tags' | 'outlets' | 'reviewedOnly'
>;

export function toIncidentFilter(state: DashboardState): IncidentFilter {
  const { types, from, to, provinces, q, tags, outlets, reviewedOnly } = state;
  return { types, from, to, provinces, q, tags, outlets, reviewedOnly };
}

/** No filter: every incident that is not rejected. */
export const EMPTY_FILTER: IncidentFilter = toIncidentFilter(DEFAULT_STATE);
