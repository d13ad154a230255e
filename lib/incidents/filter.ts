import type { DashboardState } from '@/lib/url/dashboard-state';

/** What narrows the set of incidents: the part of the dashboard state (and of an API query) that filters. */
export type IncidentFilter = Pick<
  DashboardState,
  'types' | 'from' | 'to' | 'provinces' | 'q' | 'tags' | 'outlets' | 'reviewedOnly'
>;

export const EMPTY_FILTER: IncidentFilter = {
  types: [],
  from: null,
  to: null,
  provinces: [],
  q: '',
  tags: [],
  outlets: [],
  reviewedOnly: false,
};

export function toIncidentFilter(state: DashboardState): IncidentFilter {
  const { types, from, to, provinces, q, tags, outlets, reviewedOnly } = state;
  return { types, from, to, provinces, q, tags, outlets, reviewedOnly };
}
