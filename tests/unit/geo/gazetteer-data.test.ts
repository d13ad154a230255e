import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAllPlaces, getAncestors, getPlace } from '@/lib/geo/gazetteer';
import { PROVINCES } from '@/lib/geo/provinces';

const places = getAllPlaces();
const provinceNames = new Set(PROVINCES.map((p) => p.name));
/** Generous boxes around each country's part of the map; a point outside is a typo (swapped lat/lon, sign). */
const BOXES: Record<string, [number, number, number, number]> = {
  KP: [37.6, 43.1, 124.1, 130.8], CN: [18, 54, 73, 135], RU: [41, 78, 19, 180],
  MN: [41, 52.2, 87, 120], VN: [8, 23.5, 102, 110], LA: [13.9, 22.6, 100, 107.7], TH: [5.5, 20.5, 97.3, 105.7],
  KH: [10, 14.7, 102.3, 107.7], PL: [49, 55, 14, 24.2], QA: [24.4, 26.2, 50.7, 51.7], KW: [28.5, 30.1, 46.5, 48.5],
  AE: [22.6, 26.1, 51.5, 56.4], KR: [33, 38.7, 124.5, 131],
};

describe('gazetteer data', () => {
  it('has unique ids and a parent for everything but countries', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    for (const p of places) {
      if (p.level === 'country') expect(p.parentId).toBeNull();
      else expect(getPlace(p.parentId ?? ''), p.id).toBeDefined();
    }
  });

  it('covers every province and about two hundred North Korean cities, counties and districts', () => {
    for (const province of PROVINCES) expect(getPlace(`${province.country.toLowerCase()}-${province.slug}`), province.slug).toBeDefined();
    const below = places.filter((p) => p.country === 'KP' && ['city', 'county', 'district'].includes(p.level));
    expect(below.length).toBeGreaterThanOrEqual(200);
    for (const province of PROVINCES.filter((p) => p.country === 'KP' && p.slug !== 'rason' && p.slug !== 'nampo')) {
      expect(below.some((p) => p.admin1 === province.name && p.level !== 'district'), province.name).toBe(true);
    }
  });

  it('gives every place below a province the province name as admin1', () => {
    // Capitals and cities abroad hang straight off their country: no province in our table, so no admin1.
    const underCountry = places.filter((x) => x.level !== 'country' && getPlace(x.parentId ?? '')?.level === 'country' && x.level !== 'province');
    for (const p of underCountry) expect(p.admin1, p.id).toBeNull();
    // In North Korea only lines and sea areas (the MDL, the rivers) span provinces.
    expect(underCountry.filter((p) => p.country === 'KP' && !p.area)).toEqual([]);
    for (const p of places.filter((x) => ['city', 'county', 'district', 'site'].includes(x.level) && !underCountry.includes(x))) {
      expect(provinceNames.has(p.admin1 ?? ''), p.id).toBe(true);
      const province = getAncestors(p.id).find((a) => a.level === 'province');
      expect(province?.name, p.id).toBe(p.admin1);
    }
    expect(getPlace('kp-rason-rajin')?.admin1).toBe('Rason');
    expect(getPlace('kp-chongjin')?.admin1).toBe('North Hamgyong');
  });

  it('puts every point inside its country', () => {
    for (const p of places.filter((x) => x.level !== 'country')) {
      const [south, north, west, east] = BOXES[p.country];
      expect(p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east, `${p.id} ${p.lat},${p.lon}`).toBe(true);
    }
  });

  it('places a few well-known towns within 5 km of their centres', () => {
    const near = (id: string, lat: number, lon: number) => {
      const p = getPlace(id)!;
      const km = Math.hypot((p.lat - lat) * 111, (p.lon - lon) * 111 * Math.cos((lat * Math.PI) / 180));
      expect(km, id).toBeLessThan(5);
    };
    near('kp-chongjin', 41.79, 129.78);
    near('kp-hyesan', 41.40, 128.18);
    near('kp-sinuiju', 40.10, 124.40);
    near('cn-dandong', 40.12, 124.39);
    near('ru-vladivostok', 43.12, 131.89);
    near('ru-moscow', 55.76, 37.62);
    near('cn-beijing', 39.90, 116.41);
    near('kp-kaechon-camp-14', 39.57, 126.06);
    near('kp-pyongyang-kim-il-sung-square', 39.02, 125.75);
  });

  it('knows numbered camps and named sites under their county, and leaves "Kim Il Sung" a person', () => {
    expect(getAncestors('kp-chongjin-camp-25').map((p) => p.id)).toContain('kp-chongjin');
    expect(getPlace('kp-yodok-camp-15')?.parentId).toBe('kp-yodok');
    expect(getPlace('kp-hoeryong-jongori')?.level).toBe('site');
    expect(getPlace('kp-sinuiju-friendship-bridge')?.admin1).toBe('North Pyongan');
  });

  it('walks Sunam District up to the country', () => {
    expect(getAncestors('kp-chongjin-sunam').map((p) => p.id)).toEqual(['kp-chongjin', 'kp-north-hamgyong', 'kp']);
    expect(getAncestors('cn-tumen').map((p) => p.id)).toEqual(['cn-jilin', 'cn']);
    expect(getAncestors('kp')).toEqual([]);
    expect(getAncestors('nowhere')).toEqual([]);
  });

  it('carries Korean names and keeps the data file small', () => {
    expect(getPlace('kp-chongjin-sunam')?.nativeName).toBe('수남구역');
    expect(places.filter((p) => p.country === 'KP' && !p.nativeName)).toEqual([]);
    expect(statSync('data/gazetteer/places.json').size).toBeLessThan(1_000_000);
  });
});
