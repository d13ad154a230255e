/** A small seeded generator (mulberry32), so a synthetic database is the same for the same seed. */
export type Random = { next: () => number; int: (n: number) => number; pick: <T>(items: readonly T[]) => T };

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (items) => items[Math.floor(next() * items.length)] };
}

/** Picks from weighted choices in O(log n), for skewed distributions. */
export function createWeightedPicker<T>(choices: readonly (readonly [T, number])[]): (r: Random) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, weight] of choices) cumulative.push((sum += weight));
  return (r) => {
    const x = r.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return choices[lo][0];
  };
}
