import { memo, useMemo, useRef, useState } from 'react';
import type { LatLngBounds, LeafletEventHandlerFnMap, Map as LeafletMap, Marker as LeafletMarker } from 'leaflet';
import { Marker, Tooltip, useMap } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import type { MapMarker } from '@/lib/markers/types';
import { IncidentListPopup } from './incident-list-popup';
import { createAreaIcon, createClusterIcon, createMarkerIcon, describeMarker } from './marker-icons';
import { SelectedIncident, type ClusterGroupLike, type SelectedPlace } from './selected-incident';
import { useMarkerKeys } from './use-marker-keys';
import { useMarkerWords } from './use-marker-words';

/** A cluster or an area opens to this much room on every side: its markers stay clear of the zoom control. */
const ZOOM_PADDING: [number, number] = [56, 56];

type Props = {
  markers: readonly MapMarker[];
  selectedId: number | null;
  /** Where the selection is, when known: the map shows it there and moves to it (see SelectedIncident). */
  selected?: SelectedPlace | null;
  /** Keep the first view as it is even with a selection (a link that carried its own `map=`). */
  keepView?: boolean;
  onSelectIncident: (id: number) => void;
};

/**
 * Incident markers. Precise ones are clustered; province-level ones stand alone, since merging "somewhere in
 * this province" into a cluster of exact places would lend it a precision it does not have. Country-level and
 * unplaceable markers are skipped (the page lists them).
 */
export default function IncidentMarkers({ markers, selectedId, selected = null, keepView = false, onSelectIncident }: Props) {
  // One registry for the component's life (a Map filled by the markers' refs, never read during render).
  const [layers] = useState(() => new Map<number, LeafletMarker>());
  const clusters = useRef<ClusterGroupLike | null>(null);
  const map = useMap();
  const words = useMarkerWords();
  useMarkerKeys();
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
        // Zoom to the cluster's own bounds, padded clear of the zoom control, not straight to its children's zoom.
        zoomToBoundsOnClick={false}
        ref={clusters}
        onClick={(event: { layer: ClusterLike }) => zoomToCluster(map, event.layer)}
      >
        {placeable.filter((m) => m.precision !== 'province' && !m.bounds).map(renderMarker)}
      </MarkerClusterGroup>
      <SelectedIncident selected={selected} keepView={keepView} layers={layers} clusters={clusters} markers={markers} />
    </>
  );
}

/** The parts of Leaflet.markercluster's MarkerCluster used here (its @types package is not installed). */
type ClusterLike = {
  getBounds(): LatLngBounds;
  _zoom: number;
  _childCount: number;
  _childClusters: ClusterLike[];
  _group: { _maxZoom: number };
};

/**
 * A cluster click fits the cluster's markers in view with room around them. A cluster whose markers never part
 * (they share a point) is left to markercluster, which spiderfies it (its own test, copied from _zoomOrSpiderfy).
 */
function zoomToCluster(map: LeafletMap, cluster: ClusterLike) {
  let bottom = cluster;
  while (bottom._childClusters.length === 1) bottom = bottom._childClusters[0];
  if (bottom._zoom === cluster._group._maxZoom && bottom._childCount === cluster._childCount) return;
  map.fitBounds(cluster.getBounds(), { padding: ZOOM_PADDING, maxZoom: map.getMaxZoom() });
}

type MarkerProps = {
  marker: MapMarker;
  selected: boolean;
  onSelectIncident: (id: number) => void;
  /** Incident id → its marker's Leaflet layer, so a selection can be found on the map. */
  layers?: Map<number, LeafletMarker>;
};

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
      ...(single ? { click: () => onSelectIncident(marker.incidentIds[0]) } : {}),
      ...(area && !single
        ? { click: () => map.fitBounds([[area[1], area[0]], [area[3], area[2]]], { padding: ZOOM_PADDING, maxZoom: map.getMaxZoom() }) }
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
