import { useTranslations } from 'next-intl';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { LeafletEventHandlerFnMap, LeafletMouseEvent, Marker as LeafletMarker } from 'leaflet';
import { Marker, Popup, Tooltip, useMap } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import type { MapMarker } from '@/lib/markers/types';
import { createAreaIcon, createClusterIcon, createMarkerIcon, describeMarker } from './marker-icons';
import styles from './incident-map.module.css';
import { useMarkerWords } from './use-marker-words';

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
  // One registry for the component's life (a Map filled by the markers' refs, never read during render).
  const [layers] = useState(() => new Map<number, LeafletMarker>());
  const clusters = useRef<ClusterGroupLike | null>(null);
  const words = useMarkerWords();
  useRevealSelected(selectedId, layers, clusters);
  const placeable = markers.filter(
    (m) => m.precision !== 'country' && m.precision !== 'unknown' && Number.isFinite(m.lat) && Number.isFinite(m.lon),
  );
  const renderMarker = (m: MapMarker) => (
    <IncidentMarker
      key={m.key}
      marker={m}
      selected={selectedId !== null && m.incidentIds.includes(selectedId)}
      onSelectIncident={onSelectIncident}
      layers={layers}
    />
  );
  return (
    <>
      {/* Province-level markers and the server's multi-place cells (already grouped) stand outside the clustering. */}
      {placeable.filter((m) => m.precision === 'province' || m.bounds).map(renderMarker)}
      <MarkerClusterGroup
        chunkedLoading
        maxClusterRadius={36}
        showCoverageOnHover={false}
        // At maxZoom clusters no longer split; spiderfy fans out the markers that share a place.
        spiderfyOnMaxZoom
        iconCreateFunction={(cluster: Parameters<typeof createClusterIcon>[0]) => createClusterIcon(cluster, words)}
        ref={clusters}
        // Zoom to the cluster's own bounds, padded clear of the zoom control, not straight to its children's zoom.
        zoomToBoundsOnClick={false}
        onClick={(event: { layer: ClusterGroupLike['cluster'] }) => event.layer.zoomToBounds({ padding: [56, 56] })}
      >
        {placeable.filter((m) => m.precision !== 'province' && !m.bounds).map(renderMarker)}
      </MarkerClusterGroup>
    </>
  );
}

/** The part of Leaflet.markercluster's API used here (its @types package is not installed). */
type ClusterGroupLike = {
  hasLayer(layer: LeafletMarker): boolean;
  zoomToShowLayer(layer: LeafletMarker, done?: () => void): void;
  cluster: { zoomToBounds(options: { padding: [number, number] }): void };
};

/**
 * When the selection changes (a list row, Back), the map shows the selected marker: it zooms into its cluster
 * or spiderfies it, and pans to it. Not on first load: a shared link's own map view is kept as it is.
 */
function useRevealSelected(selectedId: number | null, layers: Map<number, LeafletMarker>, clusters: { current: ClusterGroupLike | null }) {
  const map = useMap();
  const previous = useRef(selectedId);
  useEffect(() => {
    if (selectedId === previous.current) return;
    previous.current = selectedId;
    const layer = selectedId === null ? undefined : layers.get(selectedId);
    if (!layer) return;
    const group = clusters.current;
    if (group?.hasLayer(layer)) group.zoomToShowLayer(layer);
    else if (!map.getBounds().contains(layer.getLatLng())) map.panTo(layer.getLatLng());
  }, [selectedId, layers, clusters, map]);
}

type MarkerProps = {
  marker: MapMarker;
  selected: boolean;
  onSelectIncident: (id: number) => void;
  /** Incident id → its marker's Leaflet layer, so a selection can be found on the map. */
  layers?: Map<number, LeafletMarker>;
};

/** Enter or Space on a focused marker does what a click does (Leaflet alone answers only Enter's keypress). */
function onIconKeyDown(marker: LeafletMarker) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    marker.fire('click', { latlng: marker.getLatLng() } as Partial<LeafletMouseEvent>);
  };
}

// memo: re-rendering the parent (a new selection) must not hand every marker a new icon.
const IncidentMarker = memo(function IncidentMarker({ marker, selected, onSelectIncident, layers }: MarkerProps) {
  const words = useMarkerWords();
  const icon = useMemo(() => (marker.bounds ? createAreaIcon(marker, words) : createMarkerIcon(marker, selected, words)), [marker, selected, words]);
  const position = useMemo(() => [marker.lat, marker.lon] as [number, number], [marker.lat, marker.lon]);
  const map = useMap();
  // Big groups arrive with their count but few or no ids (the server caps them): those get a popup too.
  const single = marker.count === 1 && marker.incidentIds.length === 1;
  // A server cell of several places: a click zooms to where its incidents are.
  const area = marker.bounds;
  const eventHandlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      // A cluster shows the marker's icon afresh each time, so the key handler goes on each new element.
      add: (event) => {
        const layer = event.target as LeafletMarker;
        layer.getElement()?.addEventListener('keydown', onIconKeyDown(layer));
      },
      ...(single ? { click: () => onSelectIncident(marker.incidentIds[0]) } : {}),
      ...(area && !single
        ? { click: () => map.fitBounds([[area[1], area[0]], [area[3], area[2]]], { padding: [56, 56], maxZoom: map.getMaxZoom() }) }
        : {}),
    }),
    [single, area, map, marker.incidentIds, onSelectIncident],
  );
  const register = useMemo(
    () => (layer: LeafletMarker | null) => {
      for (const id of marker.incidentIds) {
        if (layer) layers?.set(id, layer);
        else if (layers?.get(id)) layers.delete(id);
      }
    },
    [layers, marker.incidentIds],
  );
  return (
    <Marker
      ref={register}
      position={position}
      icon={icon}
      zIndexOffset={selected ? 1000 : marker.precision === 'province' ? -100 : 0}
      eventHandlers={eventHandlers}
    >
      <Tooltip direction="top" offset={[0, -12]}>
        {describeMarker(marker, words)}
      </Tooltip>
      {!single && !area && <IncidentListPopup marker={marker} onSelectIncident={onSelectIncident} />}
    </Marker>
  );
});

/** The popup's content mounts when it opens: focusing the first button then puts a keyboard user in the list. */
const focusOnMount = (el: HTMLButtonElement | null) => el?.focus({ preventScroll: true });

function IncidentListPopup({ marker, onSelectIncident }: Omit<MarkerProps, 'selected'>) {
  const map = useMap();
  const words = useMarkerWords();
  const t = useTranslations('Markers');
  const shown = marker.incidentIds.slice(0, POPUP_LIMIT);
  const more = Math.max(marker.count, marker.incidentIds.length) - shown.length;
  return (
    <Popup>
      <div className={styles.popup}>
        <h3>{describeMarker(marker, words)}</h3>
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
                  {t('incident', { id: String(id) })}
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
