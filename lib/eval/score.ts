import { dateIsCorrect } from './date-agrees';
import { matchArticle } from './match-article';
import type { GoldArticle, PredictedIncident } from './types';

export type Counts = { tp: number; fp: number; fn: number; datesScored: number; datesCorrect: number; inventedDates: number };
export type Metrics = Counts & { precision: number; recall: number; f1: number; dateAccuracy: number | null };

export type ArticleResult = {
  file: string;
  counts: Counts;
  misses: { type: string; place: string | null; date: string | null }[];
  falsePositives: PredictedIncident[];
  wrongDates: { type: string; gold: string; predicted: string | null }[];
};

export type EvalReport = { overall: Metrics; byType: Record<string, Metrics>; articles: ArticleResult[] };

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, datesScored: 0, datesCorrect: 0, inventedDates: 0 });

function addTo(map: Record<string, Counts>, type: string, key: keyof Counts, n = 1): void {
  (map[type] ??= emptyCounts())[key] += n;
}

export function toMetrics(c: Counts): Metrics {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1, dateAccuracy: c.datesScored ? c.datesCorrect / c.datesScored : null };
}

/** Steps 3–4 of the scoring rule over every gold article; `predictions` is keyed by the gold `file`. */
export function scoreExtraction(gold: GoldArticle[], predictions: Map<string, PredictedIncident[]>): EvalReport {
  const byType: Record<string, Counts> = {};
  const total = emptyCounts();
  const articles: ArticleResult[] = [];
  for (const article of gold) {
    const preds = predictions.get(article.file) ?? [];
    const m = matchArticle(preds, article.incidents);
    const result: ArticleResult = { file: article.file, counts: emptyCounts(), misses: [], falsePositives: [], wrongDates: [] };
    const bump = (type: string, key: keyof Counts): void => {
      addTo(byType, type, key);
      result.counts[key] += 1;
    };
    for (const [p, g] of m.required) {
      const gi = article.incidents[g];
      bump(gi.type, 'tp');
      if (gi.date) {
        bump(gi.type, 'datesScored');
        if (dateIsCorrect(preds[p].date, gi.date, gi.datePrecision)) bump(gi.type, 'datesCorrect');
        else result.wrongDates.push({ type: gi.type, gold: gi.date, predicted: preds[p].date });
      } else if (preds[p].date) bump(gi.type, 'inventedDates');
    }
    for (const p of m.unmatchedPredictions) {
      bump(preds[p].type, 'fp');
      result.falsePositives.push(preds[p]);
    }
    for (const g of m.unmatchedRequired) {
      const gi = article.incidents[g];
      bump(gi.type, 'fn');
      result.misses.push({ type: gi.type, place: gi.place ?? null, date: gi.date ?? null });
    }
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += result.counts[key];
    articles.push(result);
  }
  const typeMetrics = Object.fromEntries(Object.entries(byType).map(([t, c]) => [t, toMetrics(c)]));
  return { overall: toMetrics(total), byType: typeMetrics, articles };
}
