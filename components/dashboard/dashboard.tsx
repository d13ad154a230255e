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
import { EMPTY_FILTER } from '@/lib/incidents/filter';
import { groupCoarseBands, removeCoarseFromBars } from '@/lib/incidents/coarse-dates';
import { periodToRange } from '@/lib/incidents/periods';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { hasActiveFilters } from '@/lib/url/dashboard-state';
import { DashboardLink } from './dashboard-link';
import { FiltersToggle } from './filters-toggle';
import { IntervalSwitch } from './interval-switch';
import { SiteHeader } from './site-header';

type Props = { data: DashboardData; tileUrl: string | null; tileAttribution?: string | null };

export function Dashboard({ data, tileUrl, tileAttribution = null }: Props) {
  const { state, stats, coarse, provinces, markers, page, incident } = data;
  const t = useTranslations('Dashboard');
  const mapped = markers.reduce((n, m) => n + m.count, 0);
  const total = (row: Record<string, unknown>) =>
    INCIDENT_TYPES.reduce((n, t) => n + (typeof row[t] === 'number' ? (row[t] as number) : 0), 0);

  return (
    <>
      <SiteHeader />
      <main id="main" className="dashboard">
        <aside className="panel" aria-label={t('filters')}>
          <FiltersToggle>
            <FilterPanel typeCounts={stats.typeFacet} provinces={provinces} />
          </FiltersToggle>
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
            <DashboardMap markers={markers} tileUrl={tileUrl} tileAttribution={tileAttribution} />
            {/* Every type, always: a legend that follows the filter rewraps and moves the page. */}
            <MapLegend types={INCIDENT_TYPES} />
            {stats.total > mapped && (
              <p className="muted" data-testid="unmapped-note">
                {t('unmapped', { unmapped: stats.total - mapped, total: stats.total })}
              </p>
            )}
          </section>
          {incident && <IncidentPanel incident={incident} />}
          {state.incident && !incident && (
            <p className="panel muted" role="status">{t('missingIncident', { id: state.incident })}</p>
          )}
          <div className="charts">
            <section className="panel" aria-labelledby="timeline-title">
              <div className="chart-head">
                <h2 id="timeline-title">{t('overTime')}</h2>
                <IntervalSwitch state={state} />
              </div>
              {stats.byPeriod.length ? <TimelineChart data={stats.byPeriod} coarse={coarse} /> : <EmptyChart filtered={hasActiveFilters(state)} />}
              {stats.undated > 0 && (
                <p className="muted" data-testid="undated-note">
                  {t('undated', { count: stats.undated })}
                </p>
              )}
              <p className="muted coarse-legend">
                <span className="coarse-swatch" aria-hidden="true" />
                {t('coarseLegend')}
              </p>
              <ChartTable
                caption={t('perPeriod')}
                rows={[
                  ...removeCoarseFromBars(stats.byPeriod, coarse, state.by).map((row) => ({
                    label: row.period,
                    count: total(row),
                    patch: periodToRange(row.period, state.by),
                  })),
                  // The hatched bands: a date known only to this year or month.
                  ...groupCoarseBands(coarse).map((band) => ({
                    label: t('coarseBand', { count: band.n, span: band.label }),
                    count: band.n,
                    patch: periodToRange(band.label, band.label.length === 4 ? 'year' : 'month'),
                  })),
                ]}
              />
            </section>
            <section className="panel" aria-labelledby="province-title">
              <h2 id="province-title">{t('byProvince')}</h2>
              {stats.byProvince.length ? <ProvinceChart data={stats.byProvince} /> : <EmptyChart filtered={hasActiveFilters(state)} />}
              {stats.unplaced > 0 && <p className="muted">{t('unplaced', { count: stats.unplaced })}</p>}
              <ChartTable
                caption={t('perProvince')}
                rows={stats.byProvince.map((row) => ({
                  label: row.province,
                  count: row.count,
                  patch: row.slug ? { provinces: [row.slug] } : null,
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

/** In place of a chart with bare axes: what happened, and the way back. */
function EmptyChart({ filtered }: { filtered: boolean }) {
  return (
    <div className="chart-box chart-empty" role="status">
      <p>No incidents in this view.</p>
      {filtered && (
<DashboardLink patch={EMPTY_FILTER}>Clear the filters</DashboardLink>
      )}
    </div>
  );
}
