import { Suspense, use, useMemo } from 'react';
import type { PathOptions } from 'leaflet';
import { GeoJSON, Pane } from 'react-leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapMarker } from '@/lib/markers/types';
import { isCountyMarker, pickCountyShapes, type CountyShapeProps } from './county-shapes-pick';

const CREDIT = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)';
type Counties = FeatureCollection<Geometry, CountyShapeProps>;

let counties: Promise<Counties | null> | null = null;

/** Fetched once, and only when some marker is known only to county level (the file is ~0.4 MB). */
function loadCounties(): Promise<Counties | null> {
  counties ??= fetch('/basemap/kp-counties.geojson')
    .then((res) => (res.ok ? (res.json() as Promise<Counties>) : null))
    .catch(() => null);
  return counties;
}

function ShadedCounties({ markers }: { markers: MapMarker[] }) {
  const data = use(loadCounties());
  const colours = useMemo(() => pickCountyShapes(data?.features ?? [], markers), [data, markers]);
  const shown = useMemo<Counties | null>(
    () => (data ? { ...data, features: data.features.filter((f) => colours.has(f.properties.id ?? '')) } : null),
    [data, colours],
  );
  if (!shown?.features.length) return null;
  const style = (f?: Feature): PathOptions => {
    const colour = colours.get((f?.properties as CountyShapeProps | undefined)?.id ?? '') ?? '#77706a';
    return { color: colour, weight: 1.2, dashArray: '3 2', fillColor: colour, fillOpacity: 0.18 };
  };
  // GeoJSON layers do not follow new data: a new key redraws them when the shaded set changes.
  return (
    <Pane name="county-shapes" style={{ zIndex: 320 }}>
      <GeoJSON key={[...colours].join('|')} data={shown} style={style} interactive={false} attribution={CREDIT} />
    </Pane>
  );
}

/** Counties holding incidents known only to county level, drawn as their (OpenStreetMap) shapes. */
export default function CountyShapes({ markers }: { markers: MapMarker[] }) {
  const countyMarkers = useMemo(() => markers.filter(isCountyMarker), [markers]);
  if (!countyMarkers.length) return null;
  return (
    <Suspense fallback={null}>
      <ShadedCounties markers={countyMarkers} />
    </Suspense>
  );
}
