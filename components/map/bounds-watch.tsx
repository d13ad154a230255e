import { useEffect } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';

/** The map's viewport: [west, south, east, north] in degrees and the zoom level. */
export type Viewport = { bbox: [number, number, number, number]; zoom: number };

export function readViewport(map: LeafletMap): Viewport {
  const b = map.getBounds();
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return {
    bbox: [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)],
    zoom: map.getZoom(),
  };
}

/** Reports the viewport once the map is laid out, then after every move or zoom ends. */
export default function BoundsWatch({ onChange }: { onChange: (viewport: Viewport) => void }) {
  const map = useMap();
  useMapEvents({ moveend: () => onChange(readViewport(map)) });
  useEffect(() => {
    map.whenReady(() => onChange(readViewport(map)));
  }, [map, onChange]);
  return null;
}
