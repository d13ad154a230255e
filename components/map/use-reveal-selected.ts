import { useEffect, useRef } from 'react';
import type { Marker as LeafletMarker } from 'leaflet';
import { useMap } from 'react-leaflet';

/** The part of Leaflet.markercluster's API used here (its @types package is not installed). */
export type ClusterGroupLike = {
  hasLayer(layer: LeafletMarker): boolean;
  zoomToShowLayer(layer: LeafletMarker, done?: () => void): void;
  cluster: { zoomToBounds(options: { padding: [number, number] }): void };
};

/** markercluster sets `__parent` once it has placed a marker in its cluster tree. */
const isPlaced = (layer: LeafletMarker) => Boolean((layer as unknown as { __parent?: unknown }).__parent);

/**
 * The selected incident is shown on the map: inside a cluster, the map zooms to it or spiderfies it
 * (markercluster's zoomToShowLayer, which leaves the view alone when the marker is already drawn in view); a
 * marker outside clusters is panned into view. On a page loaded with `incident=` this happens too, unless the
 * link also carries its own view (`map=`): a shared view is kept exactly as it was sent.
 */
export function useRevealSelected(
  selectedId: number | null,
  layers: Map<number, LeafletMarker>,
  clusters: { current: ClusterGroupLike | null },
  revealOnLoad: boolean,
) {
  const map = useMap();
  const loaded = useRef(false);
  useEffect(() => {
    const first = !loaded.current;
    loaded.current = true;
    if (selectedId === null || (first && !revealOnLoad)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // On first load the cluster group places its markers in chunks: wait (briefly) until this one is placed.
    const reveal = (tries: number) => {
      const layer = layers.get(selectedId);
      if (!layer) return;
      const group = clusters.current;
      if (group?.hasLayer(layer)) {
        if (isPlaced(layer)) group.zoomToShowLayer(layer);
        else if (tries > 0) timer = setTimeout(() => reveal(tries - 1), 100);
      } else if (!map.getBounds().contains(layer.getLatLng())) {
        map.panTo(layer.getLatLng());
      }
    };
    reveal(30);
    return () => clearTimeout(timer);
    // revealOnLoad matters only on the first run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, layers, clusters, map]);
}
