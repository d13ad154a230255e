import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The area the preview map shows: North Korea and the Chinese and Russian towns along its border. */
export const PREVIEW_BOUNDS = { west: 123.6, east: 131.0, south: 37.5, north: 43.2 } as const;

type Position = [number, number];
type Box = { width: number; height: number };

/** Equirectangular with the longitude squeezed by cos(latitude), so the country keeps its shape. */
export function projectPoint(lon: number, lat: number, box: Box): [number, number] | null {
  const { west, east, south, north } = PREVIEW_BOUNDS;
  if (lon < west || lon > east || lat < south || lat > north) return null;
  return [((lon - west) / (east - west)) * box.width, ((north - lat) / (north - south)) * box.height];
}

/** The box size that keeps the bounds' aspect ratio at a given height. */
export function boxForHeight(height: number): Box {
  const { west, east, south, north } = PREVIEW_BOUNDS;
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  return { width: Math.round((height * ((east - west) * squeeze)) / (north - south)), height };
}

let provinces: Position[][][][] | null = null;

/** The provinces' polygons, read once from the basemap that ships with the app (literal path for the build trace). */
function readProvinces(): Position[][][][] {
  if (!provinces) {
    const file = readFileSync(path.join(process.cwd(), 'public/basemap/kp-provinces.geojson'), 'utf8');
    const json = JSON.parse(file) as { features: { geometry: { type: string; coordinates: unknown } }[] };
    provinces = json.features.map(({ geometry }) =>
      (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][],
    );
  }
  return provinces;
}

/** One SVG path per province, in box pixels. */
export function getProvincePaths(box: Box): string[] {
  return readProvinces().map((polygons) =>
    polygons
      .flatMap((rings) =>
        rings.map((ring) => {
          const points = ring.map(([lon, lat]) => {
            const { west, east, south, north } = PREVIEW_BOUNDS;
            const x = ((lon - west) / (east - west)) * box.width;
            const y = ((north - lat) / (north - south)) * box.height;
            return `${x.toFixed(1)} ${y.toFixed(1)}`;
          });
          return `M${points.join('L')}Z`;
        }),
      )
      .join(''),
  );
}
