import { describe, expect, it } from 'vitest';
import { binReliability, HIGH_CONFIDENCE, measureReliability } from '@/lib/eval/reliability';
import type { GoldArticle, PredictedIncident } from '@/lib/eval/types';

const gold: GoldArticle[] = [
  {
    file: 'a.txt',
    incidents: [
      { type: 'arrest', tags: [], date: '2024-05', datePrecision: 'month', place: 'Hyesan', admin1: 'Ryanggang', country: 'KP', lat: 41.4, lon: 128.18, locationPrecision: 'city', acceptablePlaces: [], actors: [], optional: false },
    ],
  },
];

const at = (lat: number, lon: number, confidence: number): PredictedIncident => ({
  type: 'arrest', date: '2024-05', admin1: null, country: 'KP', lat, lon, locationPrecision: 'city', confidence,
});

describe('measureReliability', () => {
  it('counts a matched prediction as correct and an unmatched one as wrong, in their confidence bins', () => {
    // The second arrest is placed in Pyongyang, far from the gold Hyesan: it matches nothing.
    const r = measureReliability(gold, new Map([['a.txt', [at(41.4, 128.18, 0.85), at(39.03, 125.75, 0.55)]]]));
    const bin = (lo: number) => r.bins.find((b) => b.lo === lo)!;
    expect(bin(0.8)).toMatchObject({ n: 1, correct: 1, precision: 1 });
    expect(bin(0.5)).toMatchObject({ n: 1, correct: 0, precision: 0 });
    expect(r.high).toMatchObject({ n: 1, correct: 1 });
    expect(bin(0.6).precision).toBeNull();
  });

  it('puts a confidence of exactly 1 in the top bin', () => {
    const r = measureReliability(gold, new Map([['a.txt', [at(41.4, 128.18, 1)]]]));
    expect(r.bins.at(-1)).toMatchObject({ n: 1, correct: 1 });
  });
});

describe('binReliability', () => {
  it('bins scored confidences on their own, the promise band counting everything at or above its threshold', () => {
    const r = binReliability([
      { confidence: 0.79, right: false },
      { confidence: HIGH_CONFIDENCE, right: true },
      { confidence: 0.95, right: false },
      { confidence: 0.2, right: true },
    ]);
    expect(r.high).toMatchObject({ n: 2, correct: 1, precision: 0.5 });
    expect(r.bins.find((b) => b.lo === 0.7)).toMatchObject({ n: 1, correct: 0 });
    expect(r.bins[0]).toMatchObject({ lo: 0, n: 1, correct: 1 });
    expect(r.bins.reduce((n, b) => n + b.n, 0)).toBe(4);
  });
});
