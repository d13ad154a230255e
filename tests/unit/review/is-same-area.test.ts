// The place half of the merge suggestion: about 10 km, or the same county by the gazetteer's hierarchy or by
// the OpenStreetMap county shapes.
import { describe, expect, it } from 'vitest';
import { getPlace } from '@/lib/geo/gazetteer';
import { haversineKm } from '@/lib/geo/haversine';
import { findCountyAtPoint, findCountyId, type PlaceRef } from '@/lib/geo/find-county';
import { DUPLICATE_RADIUS_KM, isSameArea } from '@/lib/review/is-same-area';

/** An incident's place as ingest stores it for a gazetteer place: its name, province and coordinates. */
function at(id: string): PlaceRef {
  const place = getPlace(id);
  if (!place) throw new Error(`no gazetteer place ${id}`);
  return { placeName: place.name, admin1: place.admin1, lat: place.lat, lon: place.lon };
}
const km = (a: PlaceRef, b: PlaceRef) => haversineKm(a.lat!, a.lon!, b.lat!, b.lon!);

describe('findCountyId', () => {
  it('walks the gazetteer up to the unit directly under a province', () => {
    expect(findCountyId(at('kp-kaechon-camp-14'))).toBe('kp-kaechon');
    expect(findCountyId(at('kp-chongjin-camp-25'))).toBe('kp-chongjin');
    expect(findCountyId(at('kp-onsong'))).toBe('kp-onsong');
    // A district of Pyongyang is itself county-level.
    expect(findCountyId(at('kp-pyongyang-sunan'))).toBe('kp-pyongyang-sunan');
  });

  it('gives no county for a province or a country', () => {
    expect(findCountyId(at('kp-north-hamgyong'))).toBeNull();
    expect(findCountyId(at('kp'))).toBeNull();
  });

  it('falls back to the county shape the point lies in when the gazetteer cannot name the place', () => {
    const seat = at('kp-hoeryong');
    expect(findCountyId({ placeName: null, admin1: null, lat: seat.lat, lon: seat.lon })).toBe('kp-hoeryong');
    expect(findCountyAtPoint(35.68, 139.69)).toBeNull(); // Tokyo
  });
});

describe('isSameArea', () => {
  it('suggests places in the same county even when they are more than 10 km apart', () => {
    const camp = at('kp-kaechon-camp-14');
    const town = at('kp-kaechon');
    expect(km(camp, town)).toBeGreaterThan(DUPLICATE_RADIUS_KM);
    expect(isSameArea(camp, town)).toBe(true);
  });

  it('suggests a clicked point with no gazetteer name that lies in the same county shape', () => {
    const seat = at('kp-hoeryong');
    // About 13 km east-south-east of the town, still inside Hoeryong's shape.
    const clicked: PlaceRef = { placeName: null, admin1: 'North Hamgyong', lat: seat.lat! - 0.05, lon: seat.lon! + 0.15 };
    expect(km(seat, clicked)).toBeGreaterThan(DUPLICATE_RADIUS_KM);
    expect(findCountyAtPoint(clicked.lat!, clicked.lon!)).toBe('kp-hoeryong');
    expect(isSameArea(clicked, seat)).toBe(true);
  });

  it('does not suggest places in different counties more than 10 km apart', () => {
    const a = at('kp-onsong');
    const b = at('kp-kyonghung');
    expect(km(a, b)).toBeGreaterThan(DUPLICATE_RADIUS_KM);
    expect(isSameArea(a, b)).toBe(false);
    // Two districts of Pyongyang are two county-level units.
    const [sunan, samsok] = [at('kp-pyongyang-sunan'), at('kp-pyongyang-samsok')];
    expect(km(sunan, samsok)).toBeGreaterThan(DUPLICATE_RADIUS_KM);
    expect(isSameArea(sunan, samsok)).toBe(false);
  });

  it('suggests places within 10 km across a county line', () => {
    const a = at('kp-kyonghung-aoji');
    const b: PlaceRef = { placeName: null, admin1: null, lat: a.lat! + 0.03, lon: a.lon! + 0.03 };
    expect(km(a, b)).toBeLessThan(DUPLICATE_RADIUS_KM);
    expect(isSameArea(a, b)).toBe(true);
  });

  it('does not treat two province-level places as one county', () => {
    const province = at('kp-north-hamgyong');
    const elsewhere: PlaceRef = { ...province, lat: province.lat! + 0.5 };
    expect(isSameArea(province, elsewhere)).toBe(false);
  });

  it('without coordinates, needs the same name in the same province', () => {
    const a: PlaceRef = { placeName: 'Somewhere Unlisted', admin1: 'Ryanggang', lat: null, lon: null };
    expect(isSameArea(a, { ...a })).toBe(true);
    expect(isSameArea(a, { ...a, admin1: 'Chagang' })).toBe(false);
  });
});
