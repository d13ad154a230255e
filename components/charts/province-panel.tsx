'use client';

import { useDeferredValue } from 'react';
import { useTranslations } from 'next-intl';
import { useChartsMayDraw } from '@/components/dashboard/draw-order';
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
  const { data: latest, pending } = useViewStats();
  // A new answer redraws the count, the map and the list first; the chart follows (it is the slow part).
  const data = useDeferredValue(latest);
  const mayDraw = useChartsMayDraw();
  const byProvince = data?.byProvince ?? [];
  const busy = pending || data !== latest || (byProvince.length > 0 && !mayDraw);
  return (
    <section className="panel" aria-labelledby="province-title" aria-busy={busy}>
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
