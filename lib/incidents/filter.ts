import type { DashboardState } from '@/lib/url/dashboard-state';
import type { IncidentType } from '@/lib/taxonomy';

/** What narrows the set of incidents: the part of the dashboard state (and API query) that filters. */
export type IncidentFilter = {
  types: IncidentType[];
  from: string | null;
  to: string | null;
  /** Province slugs. */
  provinces: string[];
  q: string;
  tags: string[];
  /** Outlet slugs. */
  outlets: string[];
  reviewedOnly: boolean;
};

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
