/** A logistic model's probability for one example: the sigmoid of its weighted sparse features (absent = 0). */
export function logisticProbability(weights: Record<string, number>, features: Record<string, number>): number {
  let z = 0;
  for (const [name, value] of Object.entries(features)) z += (weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
