import { useEffect } from 'react';
import type { LeafletMouseEvent, Map as LeafletMap, Marker as LeafletMarker } from 'leaflet';
import { useMap } from 'react-leaflet';

/** The marker (or cluster) on the map whose icon is this element. */
function findMarkerByIcon(map: LeafletMap, icon: Element): LeafletMarker | null {
  let found: LeafletMarker | null = null;
  map.eachLayer((layer) => {
    if (!found && 'getElement' in layer && (layer as LeafletMarker).getElement?.() === icon) found = layer as LeafletMarker;
  });
  return found;
}

/**
 * Enter or Space on a focused marker or cluster does what a click does. One listener on the map container finds
 * the marker from the focused icon: Leaflet replaces a marker's icon element when its icon changes (a new
 * selection) and a cluster redraws its icons, so listeners put on each element would be lost.
 */
export function useMarkerKeys() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const icon = event.target instanceof Element ? event.target.closest('.leaflet-marker-icon') : null;
      const marker = icon && findMarkerByIcon(map, icon);
      if (!marker) return;
      // Also stops the keypress that Leaflet would turn into a second click.
      event.preventDefault();
      event.stopPropagation();
      marker.fire('click', { latlng: marker.getLatLng(), originalEvent: event } as unknown as LeafletMouseEvent, true);
    };
    container.addEventListener('keydown', onKeyDown);
    return () => container.removeEventListener('keydown', onKeyDown);
  }, [map]);
}
