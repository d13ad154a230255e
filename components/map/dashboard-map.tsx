'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMarkMapDrawn } from '@/components/dashboard/draw-order';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { useWidgetJson } from '@/components/dashboard/view-data';
import { containsBBox } from '@/lib/url/markers-url';
import { toFilterQuery, toMarkersUrl } from '@/lib/url/widget-urls';
import type { Viewport } from './bounds-watch';
import { DEFAULT_VIEW } from './default-view';
import { estimateViewport } from './estimate-viewport';
import { HEAD_START_ATTRIBUTE, takeEarlyViewport, type HeadStart } from './map-head-start';
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
 * one before; a view still inside the area the last answer counted, or the last request asked for, at
 * the same zoom, asks nothing). The first request does not wait for Leaflet: it is sent for the viewport
 * the map will have (estimateViewport, from the placeholder's size) while the map's code still loads, and
 * usually before hydration, by the head start (map-head-start.ts) from what the box's attribute holds.
 */
export function DashboardMap({ tileUrl, tileAttribution, selected = null }: Props) {
  const { state, navigate, replaceView } = useDashboardState();
  // A link that carries its own view keeps it; without one, a selection in the link is shown (SelectedIncident).
  const [keepView] = useState(() => state.map !== null);
  // The server's place for the selection the URL holds now (not the one it is leaving while a selection loads).
  const selectedPlace = selected && selected.id === state.incident ? selected : null;
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const url = viewport ? toMarkersUrl(state, viewport.bbox, viewport.zoom) : null;
  const { data, pending, failed } = useWidgetJson<MarkerCollection>(url);
  const markers = useMemo(() => (data ? toMapMarkers(data) : []), [data]);

  // Before the first paint: this box holds the placeholder, which has the map's size. Measured on the box
  // itself: its first element child is not always the placeholder (the server's HTML puts a <template>
  // before it, the marker of a part rendered in the browser only). Not when a selection will move the map.
  const box = useRef<HTMLDivElement>(null);
  const moves = state.incident !== null && !keepView;
  // For the pre-hydration head start (map-head-start.ts): what the first request needs besides the box's size.
  const [headStart] = useState(() => (moves ? undefined : JSON.stringify({ filter: toFilterQuery(state), view: state.map ?? DEFAULT_VIEW } satisfies HeadStart)));
  useLayoutEffect(() => {
    const el = box.current;
    if (moves || !el || el.clientWidth === 0 || el.clientHeight === 0) return;
    // The head start's estimate when it made one for this URL: its request is already out (map-head-start).
    const first = takeEarlyViewport() ?? estimateViewport(state.map ?? DEFAULT_VIEW, el.clientWidth, el.clientHeight);
    setViewport((known) => known ?? first);
    // Only the first view is estimated; after that Leaflet reports it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // While a request is out, the area it asked for counts as covered: its answer will hold that view.
  const covered = useRef<{ area: MarkerCollection['bbox']; zoom: number } | null>(null);
  useEffect(() => {
    covered.current = viewport ? { area: data && !pending ? data.bbox : viewport.bbox, zoom: viewport.zoom } : null;
  }, [data, pending, viewport]);

  // The charts wait for the map's first markers (components/dashboard/draw-order): tell them once drawn.
  const [mapReady, setMapReady] = useState(false);
  const markMapDrawn = useMarkMapDrawn();
  useEffect(() => {
    if (mapReady && ((data && !pending) || failed)) markMapDrawn();
  }, [mapReady, data, pending, failed, markMapDrawn]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onViewportChange = useCallback((next: Viewport) => {
    setMapReady(true);
    clearTimeout(timer.current);
    const known = covered.current;
    if (known && known.zoom === next.zoom && containsBBox(known.area, next.bbox)) return;
    timer.current = setTimeout(() => setViewport(next), covered.current ? SETTLE_MS : 0);
  }, []);

  return (
    <div ref={box} {...{ [HEAD_START_ATTRIBUTE]: headStart }} aria-busy={pending} data-testid="map-markers" data-marker-count={markers.length}>
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
