import { useLocale, useTranslations } from 'next-intl';
import { Popup, useMap } from 'react-leaflet';
import { formatIncidentDate } from '@/components/incidents/format-date';
import type { MapMarker } from '@/lib/markers/types';
import { describeMarker } from './marker-icons';
import styles from './incident-map.module.css';
import { useMarkerWords } from './use-marker-words';

const POPUP_LIMIT = 10;

type Props = { marker: MapMarker; onSelectIncident: (id: number) => void };

/** The popup's content mounts when it opens: focusing the first button then puts a keyboard user in the list. */
const focusOnMount = (el: HTMLButtonElement | null) => el?.focus({ preventScroll: true });

/**
 * The incidents behind a marker of several: each as a button with its type, date and the first line of its
 * summary (when the server sent them; else its number), then how many more there are.
 */
export function IncidentListPopup({ marker, onSelectIncident }: Props) {
  const map = useMap();
  const words = useMarkerWords();
  const t = useTranslations('Markers');
  const locale = useLocale();
  const details = new Map((marker.incidents ?? []).map((i) => [i.id, i]));
  const shown = marker.incidentIds.slice(0, POPUP_LIMIT);
  const more = Math.max(marker.count, marker.incidentIds.length) - shown.length;
  return (
    <Popup>
      <div className={styles.popup}>
        <h3>{describeMarker(marker, words)}</h3>
        {shown.length > 0 && (
          <ul>
            {shown.map((id, i) => {
              const incident = details.get(id);
              return (
                <li key={id}>
                  <button
                    ref={i === 0 ? focusOnMount : undefined}
                    type="button"
                    onClick={() => {
                      map.closePopup();
                      onSelectIncident(id);
                    }}
                  >
                    {incident ? (
                      <>
                        <span className={styles.popupMeta}>
                          {words.typeLabel(marker.type)} · {formatIncidentDate(incident.date, incident.datePrecision, locale)}
                        </span>
                        <span className={styles.popupSummary}>{incident.summary}</span>
                      </>
                    ) : (
                      t('incident', { id: String(id) })
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {more > 0 && <p>{shown.length > 0 ? t('more', { count: more }) : t('tooMany')}</p>}
      </div>
    </Popup>
  );
}
