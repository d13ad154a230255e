/**
 * Builds public/basemap/kp-counties.geojson, the county and city shapes the map draws for places known only to
 * county level, from the OpenStreetMap polygons in ../shared/reference/kp-places (ODbL 1.0, © OpenStreetMap
 * contributors). Coordinates are rounded to 3 decimals (about 100 m; the source is already simplified to ~1 km)
 * and each shape carries the gazetteer id whose `osm` field names its relation, and its province.
 *
 *   npx tsx scripts/build-county-shapes.ts [reference folder]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Ring = [number, number][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
type SourceFeature = { properties: Record<string, string>; geometry: Geometry };
type ReferenceRecord = { admin1: string; source: string; pointType: string };
type Addition = { id: string; osm?: string };

const ROOT = path.resolve(import.meta.dirname, '..');
const REF = process.argv[2] ?? path.resolve(ROOT, '../shared/reference/kp-places');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function roundRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const p: [number, number] = [Math.round(lon * 1e3) / 1e3, Math.round(lat * 1e3) / 1e3];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(roundRing) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(roundRing)) };
}

function main(): void {
  const counties = readJson<{ features: SourceFeature[] }>(path.join(REF, 'osm-counties.geojson')).features;
  const reference = readJson<ReferenceRecord[]>(path.join(REF, 'kp-reference.json'));
  const provinceOf = new Map<string, string>();
  for (const r of reference) {
    const rel = /relation\/\d+/.exec(r.source)?.[0];
    if (rel && r.pointType === 'polygon_centroid') provinceOf.set(rel, r.admin1);
  }
  const additions = readJson<{ places: Addition[] }>(path.join(ROOT, 'data/gazetteer/additions-kp.json')).places;
  const placeOf = new Map(additions.filter((a) => a.osm).map((a) => [a.osm as string, a.id]));
  const gazetteer = readJson<{ places: { id: string; lat: number; lon: number }[] }>(path.join(ROOT, 'data/gazetteer/places.json')).places;
  const pointOf = new Map(gazetteer.map((p) => [p.id, [p.lat, p.lon] as [number, number]]));
  const features = counties.map((f) => {
    const rel = f.properties['@id'];
    return {
      type: 'Feature' as const,
      properties: {
        id: placeOf.get(rel) ?? null, osm: rel, admin1: provinceOf.get(rel) ?? null,
        // The gazetteer point of the place: a marker at it is drawn as this shape when known only to county level.
        point: pointOf.get(placeOf.get(rel) ?? '') ?? null,
        name: f.properties['name:en'] ?? f.properties.name, ko: f.properties['name:ko'] ?? f.properties.name,
      },
      geometry: roundGeometry(f.geometry),
    };
  });
  const out = {
    type: 'FeatureCollection',
    attribution: '© OpenStreetMap contributors, ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/)',
    features,
  };
  writeFileSync(path.join(ROOT, 'public/basemap/kp-counties.geojson'), JSON.stringify(out) + '\n');
  console.log(`${features.length} shapes, ${features.filter((f) => f.properties.id).length} tied to a gazetteer place`);
}

main();
