'use client';

import dynamic from 'next/dynamic';

/** Leaflet needs `window`: the small map loads on the client only, behind a box of its size. */
const PlaceMapLoader = dynamic(() => import('./place-map'), {
  ssr: false,
  loading: () => <div className="place-map" role="status">Loading map…</div>,
});

export default PlaceMapLoader;
