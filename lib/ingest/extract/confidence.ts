import model from '@/data/extract/confidence-model.json';
import type { FeatureVector } from './confidence-features';
import { logisticProbability } from './logistic';

/**
 * The learned confidence model: logistic-regression weights over `confidenceFeatures`, fitted on the labelled
 * fixtures by `npm run train:confidence`, which also chooses both thresholds below by holding each blind set out
 * in turn and prints the figures behind them. Change the features or the fixtures, then retrain; never edit
 * the weights by hand.
 */
type ConfidenceModel = { keepAt: number; highAt: number; weights: Record<string, number> };
const MODEL: ConfidenceModel = model;

/** Below this probability a candidate was more often noise than worth keeping on held-out sets: not reported. */
export const KEEP_AT = MODEL.keepAt;

/** The names the shipped model has a weight for (a test checks that the features still produce them). */
export const MODEL_FEATURES = Object.keys(MODEL.weights);

/** The model's probability that the scoring rule finds the candidate right. */
export function probabilityOf(features: FeatureVector): number {
  return logisticProbability(MODEL.weights, features);
}

/** The product's promise: among incidents shown with confidence at or above this, at least 9 in 10 are right. */
export const HIGH_CONFIDENCE = 0.8;
const HIGH_BAND = HIGH_CONFIDENCE;

/**
 * The confidence shown for a probability: monotone, with the product's promise built in. Probabilities from
 * `highAt` up (where held-out precision reached 0.93) map onto 0.8–1, those below onto 0–0.8, so "≥ 0.8" means
 * "right at least 9 times in 10". To two decimals.
 */
export function shownConfidence(probability: number, highAt: number = MODEL.highAt): number {
  const toCents = (x: number) => Math.round(x * 100) / 100;
  // Rounding must not carry a probability across `highAt` in either direction.
  if (probability >= highAt) return Math.max(HIGH_BAND, toCents(HIGH_BAND + ((1 - HIGH_BAND) * (probability - highAt)) / (1 - highAt)));
  return Math.min(HIGH_BAND - 0.01, toCents((HIGH_BAND * probability) / highAt));
}
