'use client';

import { useSearchParams } from 'next/navigation';
import { toExportHref } from '@/lib/export/export-href';
import { parseDashboardState } from '@/lib/url/dashboard-state';
import styles from './share-menu.module.css';

/** "Download" with the current view's filters as CSV (spreadsheets) or GeoJSON (QGIS and other GIS tools). */
export function DownloadMenu() {
  const state = parseDashboardState(new URLSearchParams(useSearchParams().toString()));
  return (
    <details className={styles.menu}>
      <summary className="button secondary">Download</summary>
      <ul className={styles.popover}>
        <li>
          <a href={toExportHref(state, 'csv')} download>
            CSV <span className="muted">for spreadsheets</span>
          </a>
        </li>
        <li>
          <a href={toExportHref(state, 'geojson')} download>
            GeoJSON <span className="muted">for QGIS and maps</span>
          </a>
        </li>
      </ul>
    </details>
  );
}
