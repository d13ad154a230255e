'use client';

import { useTranslations } from 'next-intl';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { useProvinceOptions, useViewStats } from '@/components/dashboard/use-view-widgets';
import { TypeFilter } from './type-filter';
import { DateRangeFilter } from './date-range-filter';
import { ProvinceFilter } from './province-filter';
import { SearchFilter } from './search-filter';
import { StatusFilter } from './status-filter';

const NO_COUNTS = Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as Record<IncidentType, number>;

/**
 * Every control writes the URL; nothing here keeps its own copy of a filter. The counts beside the boxes
 * come from the view's stats (the type facet) and the province facet.
 */
export function FilterPanel() {
  const { state, navigate, isPending } = useDashboardState();
  const stats = useViewStats();
  const provinces = useProvinceOptions();
  const typeCounts = stats.data?.typeFacet ?? NO_COUNTS;
  const t = useTranslations('Filters');
  const selected = state.types.length ? state.types : [...INCIDENT_TYPES];

  return (
    <form className="filters" role="search" aria-label={t('label')} aria-busy={isPending || stats.pending || provinces.pending} onSubmit={(e) => e.preventDefault()}>
      <SearchFilter value={state.q} onSearch={(q) => navigate({ q })} />
      <TypeFilter counts={typeCounts} selected={selected} onChange={(types) => navigate({ types })} />
      <DateRangeFilter from={state.from} to={state.to} onChange={(range) => navigate(range)} />
      <ProvinceFilter options={provinces.options} selected={state.provinces} onChange={(p) => navigate({ provinces: p })} />
      <StatusFilter value={state.status} onChange={(status) => navigate({ status })} />
    </form>
  );
}
