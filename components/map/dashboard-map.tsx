'use client';

import type { MapMarker } from '@/lib/markers/types';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import MapLoader from './map-loader';

type Props = { markers: MapMarker[]; tileUrl: string | null; tileAttribution?: string | null };

/** Connects the map to the URL: panning rewrites `map=` in place, a marker click selects an incident. */
export function DashboardMap({ markers, tileUrl, tileAttribution }: Props) {
  const { state, navigate, replaceView } = useDashboardState();
  return (
    <MapLoader
      markers={markers}
      view={state.map}
      selectedId={state.incident}
      tileUrl={tileUrl}
      tileAttribution={tileAttribution ?? undefined}
      onViewChange={(map) => replaceView({ map })}
      onSelectIncident={(incident) => navigate({ incident })}
    />
  );
}
