import { useEffect, useMemo, useRef } from 'react';
import L, { type Marker as LeafletMarker } from 'leaflet';
import { Marker, Pane, useMap } from 'react-leaflet';
import styles from './incident-map.module.css';

/** The selected incident and where it is (from the server's detail, so it is known before any marker loads). */
export type SelectedPlace = { id: number; lat: number; lon: number };

/** A selection revealed on the map is shown at least this close: cells and clusters are small by then. */
export const REVEAL_ZOOM = 9;

type Props = {
  selected: SelectedPlace | null;
  /** On the first render only: keep the map's view as the link sent it (it carried its own `map=`). */
  keepView: boolean;
  /** Incident id → its marker's layer, to tell whether the selection is already drawn on its own in view. */
  layers: Map<number, LeafletMarker>;
  /** The clustering group, to open the cluster that hides the selection once its markers are drawn. */
  clusters: { current: ClusterGroupLike | null };
  /** The markers drawn now (a new set may hold the selection's). */
  markers: readonly unknown[];
};

/** The part of Leaflet.markercluster's group used here (its @types package is not installed). */
export type ClusterGroupLike = { hasLayer(layer: LeafletMarker): boolean; zoomToShowLayer(layer: LeafletMarker): void };

/**
 * Shows where the selected incident is: a ring at its exact place, drawn above markers and clusters (so a
 * selection inside a cluster or a cell still shows), and a move of the map to it when it is selected (from the
 * list, Back, or a link without its own view), unless its own marker is already drawn in view. The move does
 * not wait for the markers: the place comes with the selection.
 */
export function SelectedIncident({ selected, keepView, layers, clusters, markers }: Props) {
  const map = useMap();
  const mounted = useRef(false);
  /** The selection being revealed, until its own marker is drawn or its cluster opened. */
  const revealing = useRef<number | null>(null);
  const id = selected?.id ?? null;
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    revealing.current = null;
    if (!selected || (first && keepView)) return;
    const place = L.latLng(selected.lat, selected.lon);
    const layer = layers.get(selected.id);
    if (layer && map.hasLayer(layer) && map.getBounds().pad(-0.1).contains(place)) return;
    revealing.current = selected.id;
    map.setView(place, Math.max(map.getZoom(), REVEAL_ZOOM));
    // Only a new selection moves the map; later renders of the same one leave the reader's pans alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, map]);
  // Markers arrive after the move (fetched for the new view): when the selection's is hidden in a cluster,
  // zoom into that cluster or fan it out. Deferred a tick: the clustering group adds new markers in a microtask.
  useEffect(() => {
    if (revealing.current === null || revealing.current !== id) return;
    const timer = setTimeout(() => {
      const layer = id === null ? undefined : layers.get(id);
      const group = clusters.current;
      if (!layer || revealing.current !== id) return;
      if (map.hasLayer(layer)) revealing.current = null;
      else if (group?.hasLayer(layer)) {
        revealing.current = null;
        group.zoomToShowLayer(layer);
      }
    });
    return () => clearTimeout(timer);
  }, [markers, id, layers, clusters, map]);
  const icon = useMemo(
    () => L.divIcon({ html: `<span class="${styles.selectedRing}" aria-hidden="true"></span>`, className: styles.selectedIcon, iconSize: [40, 40] }),
    [],
  );
  if (!selected) return null;
  return (
    <Pane name="selected-incident" style={{ zIndex: 640, pointerEvents: 'none' }}>
      <Marker position={[selected.lat, selected.lon]} icon={icon} interactive={false} keyboard={false} />
    </Pane>
  );
}
