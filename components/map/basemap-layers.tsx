import { useMemo, useState } from 'react';
import L, { type PathOptions } from 'leaflet';
import { GeoJSON, Marker, Pane, useMapEvents } from 'react-leaflet';
import type { Feature } from 'geojson';
import { useBasemap, type CountryProps, type ProvinceProps } from './use-basemap';
import styles from './incident-map.module.css';

const LAND = '#f4f1e8';
const CREDIT = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
const BORDER = '#8b8478';

/** Province names crowd each other below this zoom. */
const LABEL_MIN_ZOOM = 6;

function countryStyle(feature?: Feature): PathOptions {
  const props = feature?.properties as CountryProps | undefined;
  if (props?.kind === 'border') return { color: BORDER, weight: 1.2, dashArray: '4 3', fill: false };
  // No stroke on the fill: the coastline is the fill's edge, and the clipped box edge must not show as a line.
  return { stroke: false, fillColor: LAND, fillOpacity: 1 };
}

type Props = {
  /** Province slug → colour for provinces holding province-precision markers. */
  shaded: ReadonlyMap<string, string>;
  /** Online tiles are drawn above the land (so the land shows if they fail); provinces then lose their fill. */
  hasTiles: boolean;
};

/** Offline basemap: countries (land fill, dashed land borders), North Korea's provinces and their names. */
export default function BasemapLayers({ shaded, hasTiles }: Props) {
  const countries = useBasemap<CountryProps>('countries.geojson');
  const provinces = useBasemap<ProvinceProps>('kp-provinces.geojson');
  const [zoom, setZoom] = useState<number | null>(null);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const currentZoom = zoom ?? map.getZoom();

  // A new function when the shading changes makes react-leaflet call setStyle on the existing layer.
  const provinceStyle = useMemo(
    () =>
      (feature?: Feature): PathOptions => {
        const colour = shaded.get((feature?.properties as ProvinceProps | undefined)?.slug ?? '');
        // A shaded province gets a dashed outline in the type's colour and only a trace of it as fill: any
        // stronger, a blue type's tint over the land reads as sea (tests/e2e/dashboard-details.spec.ts).
        return colour
          ? { color: colour, weight: 2, dashArray: '5 4', fillColor: colour, fillOpacity: 0.05 }
          : { color: '#77706a', weight: 0.8, fillColor: '#ffffff', fillOpacity: hasTiles ? 0 : 0.35 };
      },
    [shaded, hasTiles],
  );

  const labels = useMemo(
    () =>
      (provinces?.features ?? []).map((f) => ({
        slug: f.properties.slug,
        position: [f.properties.label[1], f.properties.label[0]] as [number, number],
        icon: L.divIcon({
          className: styles.provinceLabel,
          html: `<span>${f.properties.name}</span>`,
          iconSize: [0, 0],
        }),
      })),
    [provinces],
  );

  return (
    <>
      {countries && (
        // Below Leaflet's tile pane (200): tiles, when given and reachable, cover it.
        <Pane name="land" style={{ zIndex: 150 }}>
          <GeoJSON data={countries} style={countryStyle} interactive={false} attribution={CREDIT} />
        </Pane>
      )}
      {provinces && (
        <Pane name="provinces" style={{ zIndex: 300 }}>
          <GeoJSON data={provinces} style={provinceStyle} interactive={false} attribution={CREDIT} />
        </Pane>
      )}
      {currentZoom >= LABEL_MIN_ZOOM && (
        // Above the markers (600) so names stay readable; clicks pass through to the markers below.
        <Pane name="province-labels" style={{ zIndex: 650, pointerEvents: 'none' }}>
          {labels.map((l) => (
            <Marker key={l.slug} position={l.position} icon={l.icon} interactive={false} keyboard={false} />
          ))}
        </Pane>
      )}
    </>
  );
}
