'use client';

import 'leaflet/dist/leaflet.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import { Suspense, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { Map as LeafletMap, LatLngBoundsExpression } from 'leaflet';
import { MapContainer, TileLayer } from 'react-leaflet';
import type { MapMarker } from '@/lib/markers/types';
import type { MapView } from '@/lib/url/map-param';
import BasemapLayers from './basemap-layers';
import BoundsWatch, { type Viewport } from './bounds-watch';
import CountyShapes from './county-shapes';
import { DEFAULT_VIEW } from './default-view';
import IncidentMarkers from './incident-markers';
import { getShadedProvinces } from './province-shading';
import type { SelectedPlace } from './selected-incident';
import ViewSync from './view-sync';
import styles from './incident-map.module.css';

export type IncidentMapProps = {
  markers: MapMarker[];
  /** The URL's view; null means the default view of North Korea. */
  view: MapView | null;
  selectedId: number | null;
  /** Where the selected incident is, when known: the map rings it and moves to it (components/map/selected-incident). */
  selected?: SelectedPlace | null;
  /** Keep the first view even with a selection: the link carried its own `map=`. */
  keepView?: boolean;
  /** Optional online tiles (e.g. from TILE_URL). The map is complete without them. */
  tileUrl?: string | null;
  tileAttribution?: string;
  onViewChange: (view: MapView) => void;
  onSelectIncident: (id: number) => void;
  /** Told the viewport after each move, for maps that fetch their markers by viewport (the dashboard's). */
  onViewportChange?: (viewport: Viewport) => void;
};

/** The basemap's extent (BOX in scripts/build-basemap.ts): panning stops before the land runs out. */
const MAX_BOUNDS: LatLngBoundsExpression = [
  [18, 76],
  [60, 178],
];

export default function IncidentMap({
  markers,
  view,
  selectedId,
  selected,
  keepView,
  tileUrl,
  tileAttribution,
  onViewChange,
  onSelectIncident,
  onViewportChange,
}: IncidentMapProps) {
  const resolvedView = view ?? DEFAULT_VIEW;
  const selectIncident = useLatestCallback(onSelectIncident);
  const reportView = useLatestCallback(onViewChange);
  const reportViewport = useLatestCallback(onViewportChange ?? (() => {}));
  const shaded = useMemo(() => getShadedProvinces(markers), [markers]);

  // Leaflet builds the container div itself; name it for assistive technology once it exists.
  const labelContainer = useCallback((map: LeafletMap | null) => {
    const el = map?.getContainer();
    el?.setAttribute('role', 'region');
    el?.setAttribute('aria-label', 'Map of incidents in and around North Korea');
  }, []);

  return (
    <MapContainer
      ref={labelContainer}
      className={styles.map}
      center={[resolvedView.lat, resolvedView.lon]}
      zoom={resolvedView.zoom}
      minZoom={4}
      // markercluster needs a maxZoom, which otherwise only a tile layer provides.
      maxZoom={12}
      maxBounds={MAX_BOUNDS}
      maxBoundsViscosity={0.8}
      worldCopyJump={false}
      keyboard
    >
      {tileUrl && <TileLayer url={tileUrl} attribution={tileAttribution} />}
      <Suspense fallback={null}>
        <BasemapLayers shaded={shaded} hasTiles={Boolean(tileUrl)} />
      </Suspense>
      <CountyShapes markers={markers} />
      <IncidentMarkers
        markers={markers}
        selectedId={selectedId}
        selected={selected}
        keepView={keepView}
        onSelectIncident={selectIncident}
      />
      <ViewSync view={resolvedView} onViewChange={reportView} />
      {onViewportChange && <BoundsWatch onChange={reportViewport} />}
    </MapContainer>
  );
}

/**
 * A stable function that calls the latest `fn`. Parents pass inline handlers; without this every marker would
 * re-bind its Leaflet click handler on each parent render.
 */
function useLatestCallback<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}
