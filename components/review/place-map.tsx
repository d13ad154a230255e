'use client';

import 'leaflet/dist/leaflet.css';
import { Suspense } from 'react';
import { CircleMarker, MapContainer, useMapEvents } from 'react-leaflet';
import BasemapLayers from '@/components/map/basemap-layers';

type Props = { lat: number | null; lon: number | null; onPick?: (lat: number, lon: number) => void };

const NO_SHADING = new Map<string, string>();
const CENTRE: [number, number] = [40.3, 127.5];

function ClickToPick({ onPick }: { onPick: (lat: number, lon: number) => void }) {
  useMapEvents({ click: (e) => onPick(Number(e.latlng.lat.toFixed(5)), Number(e.latlng.lng.toFixed(5))) });
  return null;
}

/** A small offline map of one place; with `onPick`, a click on it picks a point. */
export default function PlaceMap({ lat, lon, onPick }: Props) {
  const has = lat !== null && lon !== null;
  return (
    <MapContainer
      className="place-map"
      center={has ? [lat, lon] : CENTRE}
      zoom={has ? 8 : 5}
      scrollWheelZoom={false}
      attributionControl={false}
    >
      <Suspense fallback={null}>
        <BasemapLayers shaded={NO_SHADING} hasTiles={false} />
      </Suspense>
      {has && <CircleMarker center={[lat, lon]} radius={7} pathOptions={{ color: '#a4161a', weight: 2, fillOpacity: 0.6 }} />}
      {onPick && <ClickToPick onPick={onPick} />}
    </MapContainer>
  );
}
