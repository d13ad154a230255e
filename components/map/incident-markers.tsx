import { memo, useMemo } from 'react';
import type { LeafletEventHandlerFnMap } from 'leaflet';
import { Marker, Popup, useMap } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import type { MapMarker } from '@/lib/markers/types';
import { createClusterIcon, createMarkerIcon, describeMarker } from './marker-icons';
import styles from './incident-map.module.css';

const POPUP_LIMIT = 10;

type Props = {
  markers: readonly MapMarker[];
  selectedId: number | null;
  onSelectIncident: (id: number) => void;
};

/**
 * Incident markers. Precise ones are clustered; province-level ones stand alone, since merging "somewhere in
 * this province" into a cluster of exact places would lend it a precision it does not have. Country-level and
 * unplaceable markers are skipped (the page lists them).
 */
export default function IncidentMarkers({ markers, selectedId, onSelectIncident }: Props) {
  const placeable = markers.filter(
    (m) => m.precision !== 'country' && m.precision !== 'unknown' && Number.isFinite(m.lat) && Number.isFinite(m.lon),
  );
  const renderMarker = (m: MapMarker) => (
    <IncidentMarker
      key={m.key}
      marker={m}
      selected={selectedId !== null && m.incidentIds.includes(selectedId)}
      onSelectIncident={onSelectIncident}
    />
  );
  return (
    <>
      {placeable.filter((m) => m.precision === 'province').map(renderMarker)}
      <MarkerClusterGroup
        chunkedLoading
        maxClusterRadius={36}
        showCoverageOnHover={false}
        // At maxZoom clusters no longer split; spiderfy fans out the markers that share a place.
        spiderfyOnMaxZoom
        iconCreateFunction={createClusterIcon}
      >
        {placeable.filter((m) => m.precision !== 'province').map(renderMarker)}
      </MarkerClusterGroup>
    </>
  );
}

type MarkerProps = { marker: MapMarker; selected: boolean; onSelectIncident: (id: number) => void };

// memo: re-rendering the parent (a new selection) must not hand every marker a new icon.
const IncidentMarker = memo(function IncidentMarker({ marker, selected, onSelectIncident }: MarkerProps) {
  const icon = useMemo(() => createMarkerIcon(marker, selected), [marker, selected]);
  const position = useMemo(() => [marker.lat, marker.lon] as [number, number], [marker.lat, marker.lon]);
  // Big groups arrive with their count but few or no ids (the server caps them): those get a popup too.
  const single = marker.count === 1 && marker.incidentIds.length === 1;
  const eventHandlers = useMemo<LeafletEventHandlerFnMap>(
    () => (single ? { click: () => onSelectIncident(marker.incidentIds[0]) } : {}),
    [single, marker.incidentIds, onSelectIncident],
  );
  return (
    <Marker
      position={position}
      icon={icon}
      title={describeMarker(marker)}
      zIndexOffset={selected ? 1000 : marker.precision === 'province' ? -100 : 0}
      eventHandlers={eventHandlers}
    >
      {!single && <IncidentListPopup marker={marker} onSelectIncident={onSelectIncident} />}
    </Marker>
  );
});

/** The popup's content mounts when it opens: focusing the first button then puts a keyboard user in the list. */
const focusOnMount = (el: HTMLButtonElement | null) => el?.focus({ preventScroll: true });

function IncidentListPopup({ marker, onSelectIncident }: Omit<MarkerProps, 'selected'>) {
  const map = useMap();
  const shown = marker.incidentIds.slice(0, POPUP_LIMIT);
  const more = Math.max(marker.count, marker.incidentIds.length) - shown.length;
  return (
    <Popup>
      <div className={styles.popup}>
        <h3>{describeMarker(marker)}</h3>
        {shown.length > 0 && (
          <ul>
            {shown.map((id, i) => (
              <li key={id}>
                <button
                  ref={i === 0 ? focusOnMount : undefined}
                  type="button"
                  onClick={() => {
                    map.closePopup();
                    onSelectIncident(id);
                  }}
                >
                  Incident #{id}
                </button>
              </li>
            ))}
          </ul>
        )}
        {more > 0 && <p>{shown.length > 0 ? `and ${more} more` : 'Too many to list here: see the incident list.'}</p>}
      </div>
    </Popup>
  );
}
