import { useLocale, useTranslations } from 'next-intl';
import { ProvincePanel } from '@/components/charts/province-panel';
import { TimelinePanel } from '@/components/charts/timeline-panel';
import { FilterPanel } from '@/components/filters/filter-panel';
import { IncidentList } from '@/components/incidents/incident-list';
import { IncidentPanel } from '@/components/incidents/incident-panel';
import { toIncidentPageView } from '@/components/incidents/list-page-view';
import { DashboardMap } from '@/components/map/dashboard-map';
import MapLegend from '@/components/map/map-legend';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { DownloadMenu } from '@/components/export/download-menu';
import { EmbedButton } from '@/components/export/embed-button';
import type { DashboardData } from '@/lib/dashboard/load-dashboard';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { toListUrl, toProvinceFacetUrl, toStatsUrl } from '@/lib/url/widget-urls';
import { DrawOrderProvider } from './draw-order';
import { FiltersToggle } from './filters-toggle';
import { IncidentCount } from './incident-count';
import { SiteHeader } from './site-header';
import { ViewDataProvider, type ViewSeed } from './view-data';

type Props = { data: DashboardData; tileUrl: string | null; tileAttribution?: string | null };

/**
 * The server's data for this URL, filed under the URLs the widgets would fetch it from. A widget whose URL
 * is here shows it at once; after a filter change in the browser, the widgets fetch their own.
 */
function toSeed({ state, stats, provinces, page }: DashboardData, locale: string): ViewSeed {
  const facetUrl = toProvinceFacetUrl(state);
  return {
    [toStatsUrl(state)]: stats,
    [toListUrl(state)]: toIncidentPageView(page, locale),
    ...(facetUrl ? { [facetUrl]: { byProvince: provinces.map((p) => ({ province: p.name, slug: p.slug, count: p.count })) } } : {}),
  };
}

/**
 * The dashboard: rendered on the server for the first view (fast first paint, every link works without
 * JavaScript); after that each widget (count, filters' counts, map, charts, list) follows the URL itself.
 */
export function Dashboard({ data, tileUrl, tileAttribution = null }: Props) {
  const { state, incident } = data;
  const t = useTranslations('Dashboard');
  const locale = useLocale();

  return (
    <ViewDataProvider seed={toSeed(data, locale)}>
      <DrawOrderProvider>
        <SiteHeader />
        <main id="main" className="dashboard">
          <aside className="panel" aria-label={t('filters')}>
            <FiltersToggle>
              <FilterPanel />
            </FiltersToggle>
          </aside>
          <div className="stack">
            <div className="panel summary-bar">
              <IncidentCount />
              <CopyLinkButton />
              <DownloadMenu />
              <EmbedButton />
            </div>
            <section className="panel" aria-labelledby="map-title">
              <h2 id="map-title">{t('map')}</h2>
              <DashboardMap
                tileUrl={tileUrl}
                tileAttribution={tileAttribution}
                selected={incident && incident.lat !== null && incident.lon !== null ? { id: incident.id, lat: incident.lat, lon: incident.lon } : null}
              />
              {/* Every type, always: a legend that follows the filter rewraps and moves the page. */}
              <MapLegend types={INCIDENT_TYPES} />
            </section>
            {incident && <IncidentPanel incident={incident} />}
            {state.incident && !incident && (
              <p className="panel muted" role="status">{t('missingIncident', { id: state.incident })}</p>
            )}
            <div className="charts">
              <TimelinePanel />
              <ProvincePanel />
            </div>
            <section className="panel" aria-labelledby="list-title">
              <h2 id="list-title">{t('list')}</h2>
              <IncidentList />
            </section>
          </div>
        </main>
      </DrawOrderProvider>
    </ViewDataProvider>
  );
}
