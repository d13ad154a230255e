'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import styles from './incident-map.module.css';

const loadMap = () => import('./incident-map');

// Asked for as soon as the page's code runs in the browser, not when hydration reaches the map: the map's
// code (Leaflet) then downloads alongside the rest instead of after it.
if (typeof window !== 'undefined') void loadMap().catch(() => {});

/**
 * The map for Server Components to render: Leaflet touches `window` on import, so it loads on the client
 * only, behind a placeholder of exactly the map's size (no layout shift).
 */
const MapLoader = dynamic(loadMap, {
  ssr: false,
  loading: () => <MapPlaceholder />,
});

function MapPlaceholder() {
  const t = useTranslations('Map');
  return (
    <div className={`${styles.map} ${styles.placeholder}`} role="status">
      {t('loading')}
    </div>
  );
}

export default MapLoader;
export type { IncidentMapProps } from './incident-map';
