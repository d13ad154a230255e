import { assignMaxWeight } from './assign-max';
import { datesAgree } from './date-agrees';
import { placeAgrees } from './place-agrees';
import type { GoldIncident, PredictedIncident } from './types';

export type ArticleMatch = {
  /** [prediction index, gold index] pairs against required gold. */
  required: [number, number][];
  /** [prediction index, gold index] pairs of leftover predictions against optional gold. */
  optional: [number, number][];
  unmatchedPredictions: number[];
  unmatchedRequired: number[];
};

// A pair is worth far more than any number of date agreements, so size wins first and dates break ties.
const PAIR_WEIGHT = 1000;

function pairWeights(preds: PredictedIncident[], golds: GoldIncident[]): (number | null)[][] {
  return preds.map((p) =>
    golds.map((g) =>
      p.type === g.type && placeAgrees(p, g) ? PAIR_WEIGHT + (datesAgree(p.date, g.date, g.datePrecision) ? 1 : 0) : null,
    ),
  );
}

/** Step 1–2 of the scoring rule: required gold first, then leftover predictions against optional gold. */
export function matchArticle(preds: PredictedIncident[], gold: GoldIncident[]): ArticleMatch {
  const reqIdx = gold.flatMap((g, i) => (g.optional ? [] : [i]));
  const optIdx = gold.flatMap((g, i) => (g.optional ? [i] : []));
  const required = assignMaxWeight(pairWeights(preds, reqIdx.map((i) => gold[i]))).map(
    ([p, g]): [number, number] => [p, reqIdx[g]],
  );
  const usedPreds = new Set(required.map(([p]) => p));
  const leftIdx = preds.flatMap((_, i) => (usedPreds.has(i) ? [] : [i]));
  const optional = assignMaxWeight(pairWeights(leftIdx.map((i) => preds[i]), optIdx.map((i) => gold[i]))).map(
    ([p, g]): [number, number] => [leftIdx[p], optIdx[g]],
  );
  for (const [p] of optional) usedPreds.add(p);
  const matchedGold = new Set(required.map(([, g]) => g));
  return {
    required,
    optional,
    unmatchedPredictions: preds.flatMap((_, i) => (usedPreds.has(i) ? [] : [i])),
    unmatchedRequired: reqIdx.filter((i) => !matchedGold.has(i)),
  };
}
