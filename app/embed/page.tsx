import type { Metadata } from 'next';
import { EmbedMap } from '@/components/export/embed-map';
import MapLegend from '@/components/map/map-legend';
import { loadEmbed } from '@/lib/embed/load-embed';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { parseDashboardState, toDashboardHref } from '@/lib/url/dashboard-state';
import { describeView } from '@/lib/url/describe-view';
import styles from './embed.module.css';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Embedded map', robots: { index: false } };

/**
 * `/embed?<dashboard parameters>`: the map, the count and the legend with no site chrome, for other sites to
 * frame (the only page that allows it, see next.config.js), and a link back to the full view.
 */
export default async function EmbedPage({ searchParams }: PageProps) {
  const state = parseDashboardState(await searchParams);
  const { total, markers } = await loadEmbed(state);
  const fullView = toDashboardHref(state, { incident: null, page: 1 });
  const legendTypes = INCIDENT_TYPES.filter((t) => markers.some((m) => m.type === t));
  return (
    <main id="main" className={styles.embed}>
      <div className={styles.bar}>
        <p className={styles.count} title={describeView(state, total)}>
          <span data-testid="incident-count">{total}</span> incident{total === 1 ? '' : 's'}
        </p>
        <a href={fullView} target="_blank" rel="noopener">
          Open the full view on Incident Atlas ↗
        </a>
      </div>
      <EmbedMap markers={markers} view={state.map} fullViewHref={fullView} />
      <MapLegend types={legendTypes.length ? legendTypes : INCIDENT_TYPES} />
    </main>
  );
}
