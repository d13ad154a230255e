'use client';

import { useTranslations } from 'next-intl';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { useViewStats } from '@/components/dashboard/use-view-widgets';
import { hasActiveFilters } from '@/lib/url/dashboard-state';
import { ProvinceChart } from './chart-loaders';
import { ChartTable } from './chart-table';
import { EmptyChart } from './empty-chart';

/** Incidents by province: the bar chart, the unplaced note and the table of links. */
export function ProvincePanel() {
  const t = useTranslations('Dashboard');
  const { state } = useDashboardState();
  const { data, pending } = useViewStats();
  const byProvince = data?.byProvince ?? [];
  return (
    <section className="panel" aria-labelledby="province-title" aria-busy={pending}>
      <h2 id="province-title">{t('byProvince')}</h2>
      {byProvince.length ? <ProvinceChart data={byProvince} /> : <EmptyChart filtered={hasActiveFilters(state)} />}
      {(data?.unplaced ?? 0) > 0 && <p className="muted">{t('unplaced', { count: data!.unplaced })}</p>}
      <ChartTable
        caption={t('perProvince')}
        rows={byProvince.map((row) => ({ label: row.province, count: row.count, patch: row.slug ? { provinces: [row.slug] } : null }))}
      />
    </section>
  );
}
