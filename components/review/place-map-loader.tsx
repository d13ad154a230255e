'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

/** Leaflet needs `window`: the small map loads on the client only, behind a box of its size. */
const PlaceMapLoader = dynamic(() => import('./place-map'), {
  ssr: false,
  loading: () => <PlaceMapPlaceholder />,
});

function PlaceMapPlaceholder() {
  const t = useTranslations('Map');
  return (
    <div className="place-map" role="status">
      {t('loading')}
    </div>
  );
}

export default PlaceMapLoader;
