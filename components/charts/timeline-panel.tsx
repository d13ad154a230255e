'use client';

import { useDeferredValue } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { IntervalSwitch } from '@/components/dashboard/interval-switch';
import { useChartsMayDraw } from '@/components/dashboard/draw-order';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { useViewStats } from '@/components/dashboard/use-view-widgets';
import { formatIncidentDate } from '@/components/incidents/format-date';
import { periodToRange } from '@/lib/incidents/periods';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { hasActiveFilters } from '@/lib/url/dashboard-state';
import { TimelineChart } from './chart-loaders';
import { ChartTable } from './chart-table';
import { EmptyChart } from './empty-chart';

const sumTypes = (row: Record<string, unknown>) =>
  INCIDENT_TYPES.reduce((n, t) => n + (typeof row[t] === 'number' ? (row[t] as number) : 0), 0);

/**
 * Incidents over time: the interval switch, the stacked chart with its hatched bands for coarse dates, the
 * legend of the hatching, the undated note and the table of links (bars, then bands).
 */
export function TimelinePanel() {
  const t = useTranslations('Dashboard');
  const { state } = useDashboardState();
  const locale = useLocale();
  const { data: latest, pending } = useViewStats();
  // A new answer redraws the count, the map and the list first; the chart follows (it is the slow part).
  const data = useDeferredValue(latest);
  const mayDraw = useChartsMayDraw();
  const byPeriod = data?.byPeriod ?? [];
  const busy = pending || data !== latest || (byPeriod.length > 0 && !mayDraw);
  const coarse = data?.coarse ?? [];
  const bandLabel = (band: (typeof coarse)[number]) =>
    t('coarseBand', { count: band.n, span: formatIncidentDate(band.label, band.precision, locale) });
  // While the next interval loads, the rows shown are still the previous interval's: read them as such.
  const interval = data?.interval ?? state.by;
  return (
    <section className="panel" aria-labelledby="timeline-title" aria-busy={busy}>
      <div className="chart-head">
        <h2 id="timeline-title">{t('overTime')}</h2>
        <IntervalSwitch />
      </div>
      {data?.coarsenedFrom && (
        <p className="muted" role="status" data-testid="interval-coarsened">
          {t('intervalCoarsened', { asked: data.coarsenedFrom, shown: data.interval })}
        </p>
      )}
      {byPeriod.length ? <TimelineChart data={byPeriod} coarse={coarse} interval={interval} /> : <EmptyChart filtered={hasActiveFilters(state)} />}
      {(data?.undated ?? 0) > 0 && (
        <p className="muted" data-testid="undated-note">
          {t('undated', { count: data!.undated })}
        </p>
      )}
      <p className="muted coarse-legend" data-testid="coarse-legend">
        <span className="coarse-swatch" aria-hidden="true" />
        {t('coarseLegend')}
      </p>
      <ChartTable
        caption={t('perPeriod')}
        rows={[
          ...byPeriod.map((row) => ({ label: row.period, count: sumTypes(row), patch: periodToRange(row.period, interval) })),
          ...coarse.map((band) => ({
            label: bandLabel(band),
            count: band.n,
            patch: periodToRange(band.label, band.precision === 'year' ? 'year' : 'month'),
          })),
        ]}
      />
    </section>
  );
}
