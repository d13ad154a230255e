'use client';

import MapLoader from '@/components/map/map-loader';
import type { MapMarker } from '@/lib/markers/types';
import type { MapView } from '@/lib/url/map-param';

type Props = { markers: MapMarker[]; view: MapView | null; fullViewHref: string };

/**
 * The embedded map: pans freely without touching the host page's URL, and a marker opens the incident in the
 * full dashboard in a new tab (the dashboard itself refuses to be framed).
 */
export function EmbedMap({ markers, view, fullViewHref }: Props) {
  return (
    <MapLoader
      markers={markers}
      view={view}
      selectedId={null}
      onViewChange={() => {}}
      onSelectIncident={(id) => {
        const href = `${fullViewHref}${fullViewHref.includes('?') ? '&' : '?'}incident=${id}`;
        window.open(href, '_blank', 'noopener');
      }}
    />
  );
}
