import { useTranslations } from 'next-intl';
import { ChartTable } from '@/components/charts/chart-table';
import { ProvinceChart, TimelineChart } from '@/components/charts/chart-loaders';
import { FilterPanel } from '@/components/filters/filter-panel';
import { IncidentList } from '@/components/incidents/incident-list';
import { IncidentPanel } from '@/components/incidents/incident-panel';
import { DashboardMap } from '@/components/map/dashboard-map';
import MapLegend from '@/components/map/map-legend';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { DownloadMenu } from '@/components/export/download-menu';
import { EmbedButton } from '@/components/export/embed-button';
import type { DashboardData } from '@/lib/dashboard/load-dashboard';
import { periodToRange } from '@/lib/incidents/periods';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { toDashboardHref } from '@/lib/url/dashboard-state';
import { IntervalSwitch } from './interval-switch';
import { SiteHeader } from './site-header';

type Props = { data: DashboardData; tileUrl: string | null };

export function Dashboard({ data, tileUrl }: Props) {
  const { state, stats, provinces, markers, page, incident } = data;
  const t = useTranslations('Dashboard');
  const mapped = markers.reduce((n, m) => n + m.count, 0);
  const legendTypes = INCIDENT_TYPES.filter((t) => markers.some((m) => m.type === t));
  const total = (row: Record<string, unknown>) =>
    INCIDENT_TYPES.reduce((n, t) => n + (typeof row[t] === 'number' ? (row[t] as number) : 0), 0);

  return (
    <>
      <SiteHeader />
      <main id="main" className="dashboard">
        <aside className="panel" aria-label={t('filters')}>
          <details className="filters-toggle" open>
            <summary>{t('filters')}</summary>
            <FilterPanel typeCounts={stats.typeFacet} provinces={provinces} />
          </details>
        </aside>
        <div className="stack">
          <div className="panel summary-bar">
            <p className="incident-count">
              <span data-testid="incident-count">{stats.total}</span> {t('incidentsAfterCount', { count: stats.total })}
            </p>
            <CopyLinkButton />
            <DownloadMenu />
            <EmbedButton />
          </div>
          <section className="panel" aria-labelledby="map-title">
            <h2 id="map-title">{t('map')}</h2>
            <DashboardMap markers={markers} tileUrl={tileUrl} />
            <MapLegend types={legendTypes.length ? legendTypes : INCIDENT_TYPES} />
            {stats.total > mapped && (
              <p className="muted" data-testid="unmapped-note">
                {t('unmapped', { unmapped: stats.total - mapped, total: stats.total })}
              </p>
            )}
          </section>
          {incident && <IncidentPanel incident={incident} state={state} />}
          {state.incident && !incident && (
            <p className="panel muted" role="status">{t('missingIncident', { id: state.incident })}</p>
          )}
          <div className="charts">
            <section className="panel" aria-labelledby="timeline-title">
              <div className="chart-head">
                <h2 id="timeline-title">{t('overTime')}</h2>
                <IntervalSwitch state={state} />
              </div>
              <TimelineChart data={stats.byPeriod} />
              {stats.undated > 0 && <p className="muted">{t('undated', { count: stats.undated })}</p>}
              <ChartTable
                caption={t('perPeriod')}
                rows={stats.byPeriod.map((row) => ({
                  label: row.period,
                  count: total(row),
                  href: toDashboardHref(state, periodToRange(row.period, state.by)),
                }))}
              />
            </section>
            <section className="panel" aria-labelledby="province-title">
              <h2 id="province-title">{t('byProvince')}</h2>
              <ProvinceChart data={stats.byProvince} />
              {stats.unplaced > 0 && <p className="muted">{t('unplaced', { count: stats.unplaced })}</p>}
              <ChartTable
                caption={t('perProvince')}
                rows={stats.byProvince.map((row) => ({
                  label: row.province,
                  count: row.count,
                  href: row.slug ? toDashboardHref(state, { provinces: [row.slug] }) : null,
                }))}
              />
            </section>
          </div>
          <section className="panel" aria-labelledby="list-title">
            <h2 id="list-title">{t('list')}</h2>
            <IncidentList page={page} state={state} />
          </section>
        </div>
      </main>
    </>
  );
}
