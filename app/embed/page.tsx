import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmbedMap } from '@/components/export/embed-map';
import MapLegend from '@/components/map/map-legend';
import { loadEmbed } from '@/lib/embed/load-embed';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { parseDashboardState, toDashboardHref } from '@/lib/url/dashboard-state';
import { describeView } from '@/lib/url/describe-view';
import styles from './embed.module.css';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Embed');
  return { title: t('title'), robots: { index: false } };
}

/**
 * `/embed?<dashboard parameters>`: the map, the count and the legend with no site chrome, for other sites to
 * frame (the only page that allows it, see next.config.js), and a link back to the full view.
 */
export default async function EmbedPage({ searchParams }: PageProps) {
  const state = parseDashboardState(await searchParams);
  const [{ total, markers }, t, d] = await Promise.all([loadEmbed(state), getTranslations('Embed'), getTranslations('Dashboard')]);
  const fullView = toDashboardHref(state, { incident: null, page: 1 });
  const legendTypes = INCIDENT_TYPES.filter((t) => markers.some((m) => m.type === t));
  return (
    <main id="main" className={styles.embed}>
      <div className={styles.bar}>
        <p className={styles.count} title={describeView(state, total)}>
          <span data-testid="incident-count">{total}</span> {d('incidentsAfterCount', { count: total })}
        </p>
        <a href={fullView} target="_blank" rel="noopener">
          {t('fullView')}
        </a>
      </div>
      <EmbedMap markers={markers} view={state.map} fullViewHref={fullView} />
      <MapLegend types={legendTypes.length ? legendTypes : INCIDENT_TYPES} />
    </main>
  );
}
