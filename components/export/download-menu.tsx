'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { toExportHref } from '@/lib/export/export-href';
import { parseDashboardState } from '@/lib/url/dashboard-state';
import styles from './share-menu.module.css';

/** "Download" with the current view's filters as CSV (spreadsheets) or GeoJSON (QGIS and other GIS tools). */
export function DownloadMenu() {
  const t = useTranslations('Share');
  const state = parseDashboardState(new URLSearchParams(useSearchParams().toString()));
  return (
    <details className={styles.menu}>
      <summary className="button secondary">{t('download')}</summary>
      <ul className={styles.popover}>
        <li>
          <a href={toExportHref(state, 'csv')} download>
            {t('csv')} <span className="muted">{t('csvHint')}</span>
          </a>
        </li>
        <li>
          <a href={toExportHref(state, 'geojson')} download>
            {t('geojson')} <span className="muted">{t('geojsonHint')}</span>
          </a>
        </li>
      </ul>
    </details>
  );
}
