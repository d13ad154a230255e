import { useTranslations } from 'next-intl';
import { Popup, useMap } from 'react-leaflet';
import { formatIncidentDate } from '@/components/incidents/format-date';
import type { MapMarker } from '@/lib/markers/types';
import { TYPE_LABELS } from '@/lib/taxonomy';
import { describeMarker } from './marker-icons';
import styles from './incident-map.module.css';

const POPUP_LIMIT = 10;

type Props = { marker: MapMarker; onSelectIncident: (id: number) => void };

/** The popup's content mounts when it opens: focusing the first button then puts a keyboard user in the list. */
const focusOnMount = (el: HTMLButtonElement | null) => el?.focus({ preventScroll: true });

/** The incidents at one place: each one's type, date and the start of its summary, a button to open it. */
export function IncidentListPopup({ marker, onSelectIncident }: Props) {
  const map = useMap();
  const t = useTranslations('MapPopup');
  const shown = marker.incidents.slice(0, POPUP_LIMIT);
  const more = Math.max(marker.count, marker.incidents.length) - shown.length;
  return (
    <Popup>
      <div className={styles.popup} data-testid="place-popup">
        <h3>{describeMarker(marker)}</h3>
        {shown.length > 0 && (
          <ul aria-label={t('listLabel')}>
            {shown.map((incident, i) => (
              <li key={incident.id}>
                <button
                  ref={i === 0 ? focusOnMount : undefined}
                  type="button"
                  onClick={() => {
                    map.closePopup();
                    onSelectIncident(incident.id);
                  }}
                >
                  <span className={styles.popupMeta}>
                    {TYPE_LABELS[marker.type]} · {formatIncidentDate(incident.date, incident.datePrecision)}
                  </span>
                  <span className={styles.popupSummary}>{incident.summary}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {more > 0 && <p>{shown.length > 0 ? t('more', { count: more }) : t('tooMany')}</p>}
      </div>
    </Popup>
  );
}
