'use client';

import type { IncidentStats } from '@/lib/incidents/get-incident-stats';
import type { IncidentPageView } from '@/components/incidents/list-page-view';
import { toProvinceOptions, type ProvinceOption } from '@/lib/incidents/province-options';
import { toListUrl, toProvinceFacetUrl, toStatsUrl } from '@/lib/url/widget-urls';
import { useDashboardState } from './use-dashboard-state';
import { useWidgetJson, type WidgetData } from './view-data';

/** GET /api/stats: the stats, with the interval its periods are in. */
export type ViewStats = IncidentStats;

/** Count, type facet, timeline and provinces of the current view (GET /api/stats). */
export function useViewStats(): WidgetData<ViewStats> {
  const { state } = useDashboardState();
  return useWidgetJson<ViewStats>(toStatsUrl(state));
}

/** The province checkboxes, counted as if no province were selected. */
export function useProvinceOptions(): { options: ProvinceOption[]; pending: boolean } {
  const { state } = useDashboardState();
  const stats = useViewStats();
  const facet = useWidgetJson<Pick<IncidentStats, 'byProvince'>>(toProvinceFacetUrl(state));
  const source = state.provinces.length ? facet : stats;
  const rows = (source.data?.byProvince ?? []).map((r) => ({ admin1: r.province, n: r.count }));
  return { options: toProvinceOptions(rows, state.provinces), pending: source.pending };
}

/** One page of the incident list (GET /api/list). */
export function useListPage(): WidgetData<IncidentPageView> {
  const { state } = useDashboardState();
  return useWidgetJson<IncidentPageView>(toListUrl(state));
}
