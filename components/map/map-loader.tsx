'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import styles from './incident-map.module.css';

const loadMap = () => import('./incident-map');

/**
 * Starts the download of the map's code (Leaflet) now, instead of when React first renders the map; the
 * dashboard calls it before hydration (map-head-start). A failure shows when the map itself loads.
 */
export function loadMapCode() {
  void loadMap().catch(() => {});
}

// Asked for as soon as this module runs in the browser (the embed's map too), not when the map renders.
if (typeof window !== 'undefined') loadMapCode();

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
