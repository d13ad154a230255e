import { useTranslations } from 'next-intl';
import { INCIDENT_TYPES, TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';
import styles from './map-legend.module.css';

type Props = {
  /** Types to list; all by default (pass the filtered ones to keep the legend short). */
  types?: readonly IncidentType[];
};

/** Plain-HTML key to the map's symbols; no client JavaScript. */
export default function MapLegend({ types = INCIDENT_TYPES }: Props) {
  const t = useTranslations('Legend');
  const label = useTranslations('Types');
  return (
    <ul className={styles.legend} aria-label={t('label')}>
      {types.map((type) => (
        <li key={type}>
          <span className={styles.dot} style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
          {label(type)}
        </li>
      ))}
      <li>
        <span className={styles.province} aria-hidden="true" />
        {t('province')}
      </li>
      <li>
        <span className={styles.cluster} aria-hidden="true">
          <span>5</span>
        </span>
        {t('cluster')}
      </li>
    </ul>
  );
}
