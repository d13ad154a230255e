'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { useWidgetJson } from '@/components/dashboard/view-data';
import { containsBBox, toMarkersUrl } from '@/lib/url/widget-urls';
import type { Viewport } from './bounds-watch';
import MapLoader from './map-loader';
import type { SelectedPlace } from './selected-incident';
import { toMapMarkers, type MarkerCollection } from './to-map-markers';

type Props = {
  tileUrl: string | null;
  tileAttribution?: string | null;
  /** The selected incident's place, from the server's render of the selection (null when it has none). */
  selected?: SelectedPlace | null;
};

/** A pan or zoom asks for markers once it has rested this long: a drag or a run of zooms is one request. */
const SETTLE_MS = 250;

/**
 * Connects the map to the URL and to GET /api/markers: panning rewrites `map=` in place, a marker click
 * selects an incident, and the markers are fetched for the viewport and zoom (a new request aborts the
 * one before; a view still inside the area the last answer counted, at the same zoom, asks nothing).
 */
export function DashboardMap({ tileUrl, tileAttribution, selected = null }: Props) {
  const { state, navigate, replaceView } = useDashboardState();
  // A link that carries its own view keeps it; without one, a selection in the link is shown (SelectedIncident).
  const [keepView] = useState(() => state.map !== null);
  // The server's place for the selection the URL holds now (not the one it is leaving while a selection loads).
  const selectedPlace = selected && selected.id === state.incident ? selected : null;
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const url = viewport ? toMarkersUrl(state, viewport.bbox, viewport.zoom) : null;
  const { data, pending } = useWidgetJson<MarkerCollection>(url);
  const markers = useMemo(() => (data ? toMapMarkers(data) : []), [data]);

  const covered = useRef<{ area: MarkerCollection['bbox']; zoom: number } | null>(null);
  useEffect(() => {
    covered.current = data && !pending && viewport ? { area: data.bbox, zoom: viewport.zoom } : null;
  }, [data, pending, viewport]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onViewportChange = useCallback((next: Viewport) => {
    clearTimeout(timer.current);
    const known = covered.current;
    if (known && known.zoom === next.zoom && containsBBox(known.area, next.bbox)) return;
    timer.current = setTimeout(() => setViewport(next), covered.current ? SETTLE_MS : 0);
  }, []);

  return (
    <div aria-busy={pending} data-testid="map-markers" data-marker-count={markers.length}>
      <MapLoader
        markers={markers}
        view={state.map}
        selectedId={state.incident}
        selected={selectedPlace}
        keepView={keepView}
        tileUrl={tileUrl}
        tileAttribution={tileAttribution ?? undefined}
        onViewChange={(map) => replaceView({ map })}
        onSelectIncident={(incident) => navigate({ incident })}
        onViewportChange={onViewportChange}
      />
    </div>
  );
}
