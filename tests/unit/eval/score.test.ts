import { describe, expect, it } from 'vitest';
import { dateIsCorrect } from '@/lib/eval/date-agrees';
import { haversineKm } from '@/lib/geo/haversine';
import { placeAgrees } from '@/lib/eval/place-agrees';
import { scoreExtraction } from '@/lib/eval/score';
import { ZGoldIncident, type GoldArticle, type GoldIncident, type PredictedIncident } from '@/lib/eval/types';

const gold = (over: Partial<GoldIncident>): GoldIncident =>
  ZGoldIncident.parse({ type: 'arrest', date: null, lat: 41.8, lon: 129.78, admin1: 'North Hamgyong', country: 'KP', locationPrecision: 'city', ...over });

const pred = (over: Partial<PredictedIncident>): PredictedIncident => ({
  type: 'arrest',
  date: null,
  admin1: 'North Hamgyong',
  country: 'KP',
  lat: 41.8,
  lon: 129.78,
  locationPrecision: 'city',
  ...over,
});

const article = (incidents: GoldIncident[]): GoldArticle => ({ file: 'a.txt', incidents });

describe('haversineKm', () => {
  it('measures a degree of latitude as about 111 km', () => {
    expect(haversineKm(40, 127, 41, 127)).toBeGreaterThan(110);
    expect(haversineKm(40, 127, 41, 127)).toBeLessThan(112);
  });
});

describe('placeAgrees', () => {
  it('accepts coordinates within 30 km and rejects farther ones', () => {
    expect(placeAgrees(pred({ lat: 41.9, lon: 129.78 }), gold({}))).toBe(true);
    expect(placeAgrees(pred({ lat: 42.2, lon: 129.78 }), gold({}))).toBe(false);
  });

  it('accepts a point near an acceptable place', () => {
    const g = gold({ acceptablePlaces: [{ name: 'Hoeryong', level: 'city', lat: 42.44, lon: 129.75, admin1: 'North Hamgyong', country: 'KP' }] });
    expect(placeAgrees(pred({ lat: 42.45, lon: 129.74 }), g)).toBe(true);
  });

  it('compares province-level gold by normalised admin1 names', () => {
    const g = gold({ locationPrecision: 'province', admin1: 'Yanggang', lat: 41.3, lon: 128.2 });
    expect(placeAgrees(pred({ admin1: 'Ryanggang Province', lat: 41.4, lon: 128.18 }), g)).toBe(true);
    const rason = gold({ locationPrecision: 'province', admin1: 'Nason', lat: 42.26, lon: 130.3 });
    expect(placeAgrees(pred({ admin1: 'Rason', lat: null, lon: null }), rason)).toBe(true);
    const jagang = gold({ locationPrecision: 'province', admin1: 'Jagang', lat: 40.7, lon: 126.4 });
    expect(placeAgrees(pred({ admin1: 'Chagang', lat: null, lon: null }), jagang)).toBe(true);
  });

  it('lets a province-level prediction match a province in acceptablePlaces', () => {
    const g = gold({ acceptablePlaces: [{ name: 'North Hamgyong', level: 'province', lat: 41.9, lon: 129.5, admin1: 'North Hamgyong', country: 'KP' }] });
    expect(placeAgrees(pred({ locationPrecision: 'province', lat: null, lon: null }), g)).toBe(true);
    expect(placeAgrees(pred({ locationPrecision: 'city', admin1: 'North Hamgyong', lat: 40.0, lon: 127 }), g)).toBe(false);
  });

  it('compares only countries for country-level gold, and accepts anything for unlocated optional gold', () => {
    const g = gold({ locationPrecision: 'country', country: 'RU', lat: null, lon: null, admin1: null });
    expect(placeAgrees(pred({ country: 'RU', lat: null, lon: null, admin1: null, locationPrecision: 'country' }), g)).toBe(true);
    expect(placeAgrees(pred({ country: 'CN', lat: null, lon: null, admin1: null }), g)).toBe(false);
    const unlocated = gold({ locationPrecision: 'unknown', lat: null, lon: null, admin1: null, country: null });
    expect(placeAgrees(pred({}), unlocated)).toBe(false);
    expect(placeAgrees(pred({}), { ...unlocated, optional: true })).toBe(true);
  });
});

describe('dateIsCorrect', () => {
  it('needs the same year and month for day and month precision', () => {
    expect(dateIsCorrect('2024-02-03', '2024-02-15', 'day')).toBe(true);
    expect(dateIsCorrect('2024-03-01', '2024-02-29', 'day')).toBe(false);
    expect(dateIsCorrect('2024-02', '2024-02', 'month')).toBe(true);
    expect(dateIsCorrect(null, '2024-02', 'month')).toBe(false);
  });

  it('accepts ±7 days for week precision and the same year for year precision', () => {
    expect(dateIsCorrect('2024-03-02', '2024-02-27', 'week')).toBe(true);
    expect(dateIsCorrect('2024-03-10', '2024-02-27', 'week')).toBe(false);
    expect(dateIsCorrect('2022-06', '2022', 'year')).toBe(true);
  });
});

describe('scoreExtraction', () => {
  it('matches one to one: two predictions for one gold give one TP and one FP', () => {
    const r = scoreExtraction([article([gold({})])], new Map([['a.txt', [pred({}), pred({})]]]));
    expect([r.overall.tp, r.overall.fp, r.overall.fn]).toEqual([1, 1, 0]);
  });

  it('requires equal types', () => {
    const r = scoreExtraction([article([gold({})])], new Map([['a.txt', [pred({ type: 'trial' })]]]));
    expect([r.overall.tp, r.overall.fp, r.overall.fn]).toEqual([0, 1, 1]);
  });

  it('never counts missed optional gold, and a prediction matching it is no FP', () => {
    const r = scoreExtraction(
      [article([gold({}), gold({ type: 'trial', optional: true })])],
      new Map([['a.txt', [pred({}), pred({ type: 'trial' })]]]),
    );
    expect([r.overall.tp, r.overall.fp, r.overall.fn]).toEqual([1, 0, 0]);
    const none = scoreExtraction([article([gold({ optional: true })])], new Map([['a.txt', []]]));
    expect([none.overall.tp, none.overall.fp, none.overall.fn]).toEqual([0, 0, 0]);
  });

  it('fills required gold first, so a prediction is not wasted on optional gold', () => {
    const r = scoreExtraction([article([gold({ optional: true }), gold({})])], new Map([['a.txt', [pred({})]]]));
    expect([r.overall.tp, r.overall.fn]).toEqual([1, 0]);
  });

  it('takes a maximum assignment, not a greedy one', () => {
    // p0 fits both golds, p1 only the first: a greedy pass pairing p0 with g0 would leave g1 unmatched.
    const g0 = gold({ lat: 41.8, lon: 129.78 });
    const g1 = gold({ lat: 41.9, lon: 129.95, acceptablePlaces: [] });
    const p0 = pred({ lat: 41.85, lon: 129.86 });
    const p1 = pred({ lat: 41.7, lon: 129.7 });
    const r = scoreExtraction([article([g0, g1])], new Map([['a.txt', [p0, p1]]]));
    expect(r.overall.tp).toBe(2);
  });

  it('prefers date-agreeing pairs and scores date accuracy on them', () => {
    const golds = [gold({ date: '2024-02', datePrecision: 'month' }), gold({ date: '2024-05', datePrecision: 'month' })];
    const preds = [pred({ date: '2024-05-02' }), pred({ date: '2024-02-10' })];
    const r = scoreExtraction([article(golds)], new Map([['a.txt', preds]]));
    expect(r.overall.datesScored).toBe(2);
    expect(r.overall.datesCorrect).toBe(2);
  });

  it('counts invented dates on pairs whose gold date is null', () => {
    const r = scoreExtraction([article([gold({})])], new Map([['a.txt', [pred({ date: '2024-01' })]]]));
    expect(r.overall.inventedDates).toBe(1);
    expect(r.overall.dateAccuracy).toBeNull();
  });

  it('makes every prediction in an article with no incident an FP', () => {
    const r = scoreExtraction([article([])], new Map([['a.txt', [pred({}), pred({ type: 'crackdown' })]]]));
    expect(r.overall.fp).toBe(2);
    expect(r.byType.crackdown.fp).toBe(1);
  });
});
