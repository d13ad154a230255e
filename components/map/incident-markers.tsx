import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { LeafletEventHandlerFnMap, LeafletMouseEvent, Marker as LeafletMarker } from 'leaflet';
import { Marker, Tooltip, useMap } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import type { MapMarker } from '@/lib/markers/types';
import { createClusterIcon, createMarkerIcon, describeMarker } from './marker-icons';
import { IncidentListPopup } from './incident-list-popup';
import { useRevealSelected, type ClusterGroupLike } from './use-reveal-selected';

type Props = {
  markers: readonly MapMarker[];
  selectedId: number | null;
  onSelectIncident: (id: number) => void;
  /** Reveal a selection the page was loaded with (false when the URL sets its own map view). */
  revealOnLoad: boolean;
};

/**
 * Incident markers. Precise ones are clustered; province-level ones stand alone, since merging "somewhere in
 * this province" into a cluster of exact places would lend it a precision it does not have. Country-level and
 * unplaceable markers are skipped (the page lists them).
 */
export default function IncidentMarkers({ markers, selectedId, onSelectIncident, revealOnLoad }: Props) {
  // One registry for the component's life (a Map filled by the markers' refs, never read during render).
  const [layers] = useState(() => new Map<number, LeafletMarker>());
  const clusters = useRef<ClusterGroupLike | null>(null);
  useRevealSelected(selectedId, layers, clusters, revealOnLoad);
  useMarkerKeys(layers);
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
      {placeable.filter((m) => m.precision === 'province').map(renderMarker)}
      <MarkerClusterGroup
        chunkedLoading
        maxClusterRadius={36}
        showCoverageOnHover={false}
        // At maxZoom clusters no longer split; spiderfy fans out the markers that share a place.
        spiderfyOnMaxZoom
        iconCreateFunction={createClusterIcon}
        ref={clusters}
        // Zoom to the cluster's own bounds, padded clear of the zoom control, not straight to its children's zoom.
        zoomToBoundsOnClick={false}
        onClick={(event: { layer: ClusterGroupLike['cluster'] }) => event.layer.zoomToBounds({ padding: [56, 56] })}
      >
        {placeable.filter((m) => m.precision !== 'province').map(renderMarker)}
      </MarkerClusterGroup>
    </>
  );
}

type MarkerProps = {
  marker: MapMarker;
  selected: boolean;
  onSelectIncident: (id: number) => void;
  /** Incident id → its marker's Leaflet layer, so a selection can be found on the map. */
  layers?: Map<number, LeafletMarker>;
};

/**
 * Enter or Space on a focused marker does what a click does. One listener on the map container finds the
 * marker by its icon element: icons are replaced when a cluster redraws or the selection restyles them, so a
 * listener on each element would be lost.
 */
function useMarkerKeys(layers: Map<number, LeafletMarker>) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const icon = (event.target as HTMLElement).closest?.('.leaflet-marker-icon');
      const marker = icon && [...layers.values()].find((layer) => layer.getElement() === icon);
      if (!marker) return; // a cluster or an unlisted group: Leaflet's own Enter handling applies
      event.preventDefault();
      event.stopPropagation();
      marker.fire('click', { latlng: marker.getLatLng() } as Partial<LeafletMouseEvent>);
    };
    container.addEventListener('keydown', onKeyDown);
    return () => container.removeEventListener('keydown', onKeyDown);
  }, [map, layers]);
}

// memo: re-rendering the parent (a new selection) must not hand every marker a new icon.
const IncidentMarker = memo(function IncidentMarker({ marker, selected, onSelectIncident, layers }: MarkerProps) {
  const icon = useMemo(() => createMarkerIcon(marker, selected), [marker, selected]);
  const position = useMemo(() => [marker.lat, marker.lon] as [number, number], [marker.lat, marker.lon]);
  // Big groups arrive with their count but few or no ids (the server caps them): those get a popup too.
  const single = marker.count === 1 && marker.incidentIds.length === 1;
  const eventHandlers = useMemo<LeafletEventHandlerFnMap>(
    () => (single ? { click: () => onSelectIncident(marker.incidentIds[0]) } : {}),
    [single, marker.incidentIds, onSelectIncident],
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
        {describeMarker(marker)}
      </Tooltip>
      {!single && <IncidentListPopup marker={marker} onSelectIncident={onSelectIncident} />}
    </Marker>
  );
});
