import { INCIDENT_TYPES, TYPE_COLORS, TYPE_LABELS, type IncidentType } from '@/lib/taxonomy';
import styles from './map-legend.module.css';

type Props = {
  /** Types to list; all by default (pass the filtered ones to keep the legend short). */
  types?: readonly IncidentType[];
};

/** Plain-HTML key to the map's symbols; no client JavaScript. */
export default function MapLegend({ types = INCIDENT_TYPES }: Props) {
  return (
    <ul className={styles.legend} aria-label="Map legend">
      {types.map((type) => (
        <li key={type}>
          <span className={styles.dot} style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
          {TYPE_LABELS[type]}
        </li>
      ))}
      <li>
        <span className={styles.province} aria-hidden="true" />
        Province known, exact place not (the province is shaded)
      </li>
      <li>
        <span className={styles.cluster} aria-hidden="true">
          <span>5</span>
        </span>
        Group of nearby markers: click to zoom in
      </li>
    </ul>
  );
}
