'use client';

import dynamic from 'next/dynamic';
import styles from './incident-map.module.css';

/**
 * The map for Server Components to render: Leaflet touches `window` on import, so it loads on the client
 * only, behind a placeholder of exactly the map's size (no layout shift).
 */
const MapLoader = dynamic(() => import('./incident-map'), {
  ssr: false,
  loading: () => (
    <div className={`${styles.map} ${styles.placeholder}`} role="status">
      Loading map…
    </div>
  ),
});

export default MapLoader;
export type { IncidentMapProps } from './incident-map';
