import { describe, expect, it } from 'vitest';
import { fitLogistic, type Example } from '@/lib/eval/fit-logistic';
import { chooseHighAt, chooseKeepAt, scoreKept, type HeldOut } from '@/lib/eval/train-confidence';
import { logisticProbability } from '@/lib/ingest/extract/logistic';

// A deterministic pseudo-random stream, so the data (and the test) are the same on every run.
function stream(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('fitLogistic', () => {
  it('recovers the signs and the order of the weights that generated the labels', () => {
    const random = stream(7);
    const truth = { bias: -0.5, strong: 2.5, weak: 0.8, against: -1.5 };
    const examples: Example[] = Array.from({ length: 3000 }, () => {
      const x = { bias: 1, strong: random() < 0.5 ? 1 : 0, weak: random() < 0.5 ? 1 : 0, against: random() < 0.5 ? 1 : 0 };
      return { x, y: random() < logisticProbability(truth, x) ? 1 : 0 };
    });
    const w = fitLogistic(examples, { l2: 1, iterations: 2000, rate: 1 });
    expect(w.strong).toBeGreaterThan(w.weak);
    expect(w.weak).toBeGreaterThan(0);
    expect(w.against).toBeLessThan(0);
    expect(w.strong).toBeCloseTo(truth.strong, 0);
    expect(w.against).toBeCloseTo(truth.against, 0);
  });

  it('counts an example with weight 0 for nothing', () => {
    const base: Example[] = [
      { x: { bias: 1, f: 1 }, y: 1 },
      { x: { bias: 1, f: 1 }, y: 0 },
      { x: { bias: 1, f: 0 }, y: 0 },
    ];
    const options = { l2: 0.1, iterations: 500, rate: 0.5 };
    const without = fitLogistic(base, options);
    const withIgnored = fitLogistic([...base, { x: { bias: 1, f: 1 }, y: 1, weight: 0 }], options);
    expect(withIgnored.f).toBeCloseTo(without.f, 10);
  });

  it('shrinks weights towards 0 as the penalty grows, but not the intercept', () => {
    const examples: Example[] = Array.from({ length: 200 }, (_, i) => ({ x: { bias: 1, f: i % 2 }, y: i % 2 === 1 || i % 10 === 0 ? 1 : 0 }));
    const loose = fitLogistic(examples, { l2: 0.01, iterations: 2000, rate: 1 });
    const tight = fitLogistic(examples, { l2: 100, iterations: 2000, rate: 1 });
    expect(Math.abs(tight.f)).toBeLessThan(Math.abs(loose.f) / 3);
    expect(tight.bias).not.toBe(0);
  });
});

const held = (scored: [number, boolean, boolean][], required: number): HeldOut => ({
  set: 's',
  required,
  scored: scored.map(([p, right, matchesRequired]) => ({ p, right, matchesRequired })),
});

describe('choosing the thresholds', () => {
  it('counts precision and recall of the kept candidates as the scoring rule does', () => {
    // Two right (one matching required gold, one optional), one wrong; four required gold incidents.
    const h = held([[0.9, true, true], [0.7, true, false], [0.3, false, false]], 4);
    expect(scoreKept([h], 0)).toMatchObject({ precision: 0.5, recall: 0.25, kept: 3 });
    expect(scoreKept([h], 0.5)).toMatchObject({ precision: 1, recall: 0.25, kept: 2 });
  });

  it('drops low-probability candidates when that clearly raises F1, and keeps them when it does not', () => {
    const noisy = held([[0.9, true, true], [0.8, true, true], [0.35, false, false], [0.32, false, false], [0.31, false, false]], 2);
    expect(chooseKeepAt([noisy], [0, 0.3, 0.4])).toBe(0.4);
    const clean = held([[0.9, true, true], [0.8, true, true], [0.35, true, true]], 3);
    expect(chooseKeepAt([clean], [0, 0.3, 0.4])).toBe(0.3); // 0.4 would lose the right 0.35 candidate
  });

  it('takes the most precise of the thresholds that tie on F1', () => {
    // Keeping the 0.5 trio (one right, two wrong) or dropping it: F1 2/3 either way, four required incidents.
    const tie = held([[0.9, true, true], [0.9, true, true], [0.5, true, true], [0.5, false, false], [0.5, false, false]], 4);
    expect(scoreKept([tie], 0).f1).toBeCloseTo(scoreKept([tie], 0.6).f1, 5);
    expect(chooseKeepAt([tie], [0, 0.6])).toBe(0.6);
  });

  it('takes a more precise threshold whose F1 is within a point of the best, but not one that costs more', () => {
    const rows = (n: number, row: [number, boolean, boolean]) => Array.from({ length: n }, () => row);
    // All kept: P 86/92, R .86, F1 .896; from 0.6: P 1, R .80, F1 .889 (0.7 points lower).
    const near = held([...rows(80, [0.9, true, true]), ...rows(6, [0.5, true, true]), ...rows(6, [0.5, false, false])], 100);
    expect(scoreKept([near], 0).f1 - scoreKept([near], 0.6).f1).toBeGreaterThan(0.001);
    expect(chooseKeepAt([near], [0, 0.6])).toBe(0.6);
    // All kept: P 90/99, R .90, F1 .905; from 0.6: F1 .889 (1.6 points lower).
    const far = held([...rows(80, [0.9, true, true]), ...rows(10, [0.5, true, true]), ...rows(9, [0.5, false, false])], 100);
    expect(chooseKeepAt([far], [0, 0.6])).toBe(0);
  });

  it('puts the high band where held-out precision and every set reach the promise', () => {
    const scored: [number, boolean, boolean][] = [];
    for (let i = 0; i < 100; i++) scored.push([0.8 + (i % 20) / 100, i % 20 >= 10 || i % 3 !== 0, true]);
    const h = held(scored, 100);
    const perSet = [h.scored];
    const at = chooseHighAt([h], perSet, [0.8, 0.85, 0.9, 0.95]);
    expect(at).toBe(0.9);
  });
});
