'use client';

import { useTranslations } from 'next-intl';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { TypeFilter } from './type-filter';
import { DateRangeFilter } from './date-range-filter';
import { ProvinceFilter } from './province-filter';
import type { ProvinceOption } from '@/lib/incidents/get-province-facet';
import { SearchFilter } from './search-filter';
import { StatusFilter } from './status-filter';

type Props = { typeCounts: Record<IncidentType, number>; provinces: ProvinceOption[] };

/** Every control writes the URL; nothing here keeps its own copy of a filter. */
export function FilterPanel({ typeCounts, provinces }: Props) {
  const { state, navigate, isPending } = useDashboardState();
  const t = useTranslations('Filters');
  const selected = state.types.length ? state.types : [...INCIDENT_TYPES];

  return (
    <form className="filters" role="search" aria-label={t('label')} aria-busy={isPending} onSubmit={(e) => e.preventDefault()}>
      <SearchFilter value={state.q} onSearch={(q) => navigate({ q })} />
      <TypeFilter counts={typeCounts} selected={selected} onChange={(types) => navigate({ types })} />
      <DateRangeFilter from={state.from} to={state.to} onChange={(range) => navigate(range)} />
      <ProvinceFilter options={provinces} selected={state.provinces} onChange={(p) => navigate({ provinces: p })} />
      <StatusFilter value={state.status} onChange={(status) => navigate({ status })} />
    </form>
  );
}
