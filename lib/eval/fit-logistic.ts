/**
 * Binary logistic regression with an L2 penalty and per-example weights, fitted by batch gradient descent on
 * sparse named features. Small on purpose: the confidence model has a few dozen features and about a thousand
 * examples, and no maintained JavaScript package fits a weighted, regularised logistic regression with an
 * intercept (ml-logistic-regression has neither the penalty nor the intercept).
 */
export type Example = { x: Record<string, number>; y: 0 | 1; weight?: number };
export type FitOptions = { l2: number; iterations: number; rate: number };
export type Weights = Record<string, number>;

/**
 * Minimises the weighted mean log-loss plus `l2 / W · ‖w‖² / 2`, W the total weight (the intercept, feature
 * `bias`, is not penalised).
 */
export function fitLogistic(examples: Example[], { l2, iterations, rate }: FitOptions): Weights {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.x)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({
    cols: Object.keys(e.x).map((n) => index.get(n)!),
    vals: Object.values(e.x),
    y: e.y,
    weight: e.weight ?? 1,
  }));
  const total = rows.reduce((s, r) => s + r.weight, 0);
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const bias = index.get('bias');
  for (let step = 0; step < iterations; step++) {
    grad.fill(0);
    for (const r of rows) {
      let z = 0;
      for (let k = 0; k < r.cols.length; k++) z += w[r.cols[k]] * r.vals[k];
      const err = (1 / (1 + Math.exp(-z)) - r.y) * r.weight;
      for (let k = 0; k < r.cols.length; k++) grad[r.cols[k]] += err * r.vals[k];
    }
    for (let j = 0; j < w.length; j++) {
      const penalty = j === bias ? 0 : (l2 * w[j]) / total;
      w[j] -= rate * (grad[j] / total + penalty);
    }
  }
  return Object.fromEntries(names.map((n, i) => [n, w[i]]));
}
