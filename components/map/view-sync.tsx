import { useEffect, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapView } from '@/lib/url/map-param';

/** Two decimals, like OSM's `#map=zoom/lat/lon` links: ~1 km, plenty for a shared view. */
const round2 = (n: number) => Math.round(n * 100) / 100;

function readView(map: LeafletMap): MapView {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: round2(c.lat), lon: round2(c.lng) };
}

const viewKey = (v: MapView) => `${v.zoom}/${round2(v.lat)}/${round2(v.lon)}`;

/** `view` is the URL's view, or the default one when the URL has none (so Back to a bare URL recentres). */
type Props = { view: MapView; onViewChange: (view: MapView) => void };

/**
 * Keeps the map and the URL's view in step. MapContainer ignores prop changes after mount, so a view that
 * changes from outside (back/forward, a pasted link) is applied here with setView. Views this component
 * reported come back as props a moment later (the URL update is async); those echoes are recognised and
 * skipped, otherwise a quick second pan would be snapped back to the first one.
 */
export default function ViewSync({ view, onViewChange }: Props) {
  const map = useMap();
  const pendingEchoes = useRef<string[]>([]);
  // MapContainer opened at this view: applying it again on mount would undo a move made while mounting
  // (a selection revealed on load).
  const mounted = useRef(false);

  useMapEvents({
    moveend() {
      const next = readView(map);
      // Compare with what the URL will say once pending reports land, not what it says now.
      const expected = pendingEchoes.current.at(-1) ?? viewKey(view);
      if (viewKey(next) === expected) return; // our own setView, or nothing changed
      pendingEchoes.current = [...pendingEchoes.current, viewKey(next)].slice(-20);
      onViewChange(next);
    },
  });

  // Primitive deps: a new but equal view object from a parent re-render must not move the map.
  const { zoom, lat, lon } = view;
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const incoming = viewKey({ zoom, lat, lon });
    const echo = pendingEchoes.current.indexOf(incoming);
    if (echo !== -1) {
      pendingEchoes.current = pendingEchoes.current.slice(echo + 1);
      return;
    }
    pendingEchoes.current = [];
    if (viewKey(readView(map)) !== incoming) map.setView([lat, lon], zoom);
  }, [map, zoom, lat, lon]);

  return null;
}
