import { HIGH_CONFIDENCE } from '@/lib/ingest/extract/confidence';
import { matchArticle } from './match-article';
import type { GoldArticle, PredictedIncident } from './types';

/** Confidence bin [lo, hi) → how many predictions fell in it and how many matched a gold incident. */
export type ReliabilityBin = { lo: number; hi: number; n: number; correct: number; precision: number | null };
export type Reliability = { bins: ReliabilityBin[]; high: ReliabilityBin };

/** Bin edges; the last bin is closed at 1. */
const EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
export { HIGH_CONFIDENCE };
/** A prediction's confidence, and whether the scoring rule found it right. */
export type ScoredConfidence = { confidence: number; right: boolean };

function makeBin(lo: number, hi: number): ReliabilityBin {
  return { lo, hi, n: 0, correct: 0, precision: null };
}

function close(bin: ReliabilityBin): ReliabilityBin {
  return { ...bin, precision: bin.n ? bin.correct / bin.n : null };
}

/** The reliability table of scored confidences: each bin's count and precision, and the promise's band. */
export function binReliability(scored: Iterable<ScoredConfidence>): Reliability {
  const bins = EDGES.slice(0, -1).map((lo, i) => makeBin(lo, EDGES[i + 1]));
  const high = makeBin(HIGH_CONFIDENCE, 1);
  for (const { confidence, right } of scored) {
    const bin = bins.find((b) => confidence >= b.lo && (confidence < b.hi || b.hi === 1));
    for (const b of [bin, confidence >= HIGH_CONFIDENCE ? high : undefined]) {
      if (!b) continue;
      b.n += 1;
      if (right) b.correct += 1;
    }
  }
  return { bins: bins.map(close), high: close(high) };
}

/**
 * Reliability of the extractor's confidence: a prediction is correct when the scoring rule matches it to a gold
 * incident (required or optional), wrong when it matches nothing. Predictions without a confidence are skipped.
 */
export function measureReliability(gold: GoldArticle[], predictions: Map<string, PredictedIncident[]>): Reliability {
  const scored: ScoredConfidence[] = [];
  for (const article of gold) {
    const preds = predictions.get(article.file) ?? [];
    const wrong = new Set(matchArticle(preds, article.incidents).unmatchedPredictions);
    preds.forEach((p, i) => {
      if (typeof p.confidence === 'number') scored.push({ confidence: p.confidence, right: !wrong.has(i) });
    });
  }
  return binReliability(scored);
}
