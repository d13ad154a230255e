import { extractCandidates } from '@/lib/ingest/extract/extract-incidents';
import { HIGH_CONFIDENCE } from '@/lib/ingest/extract/confidence';
import { logisticProbability } from '@/lib/ingest/extract/logistic';
import { readArticleFile } from '@/lib/ingest/read';
import { fitLogistic, type Example, type FitOptions, type Weights } from './fit-logistic';
import { loadGold } from './load-gold';
import { matchArticle } from './match-article';
import { resolveGoldFiles } from './resolve-gold-files';

/** One labelled set: its gold file and the folder its articles are in. */
export type LabelledSet = { name: string; gold: string; folder: string };

/** A candidate of one set, labelled by the scoring rule: right when it matches a gold incident, required or optional. */
export type LabelledCandidate = { set: string; features: Record<string, number>; right: boolean; matchesRequired: boolean };
export type SetCandidates = { set: string; required: number; candidates: LabelledCandidate[] };

/** The sets tuned on for many rounds (the labelled fixtures) count for less than the others. */
export type TrainOptions = FitOptions & { tunedSet: string; tunedWeight: number };

/**
 * `l2` from the held-out F1 at the chosen threshold over 23 sets (November 2026, `tsx` over the same candidates):
 * 0.5 → 84.7, 1 → 84.6, 2 → 84.7 (P 88.5 R 81.1), 3 → 84.4, 5 → 84.3 (P 87.2), 10 → 83.6, 20 → 83.4.
 */
export const TRAIN_OPTIONS: TrainOptions = { l2: 2, iterations: 3000, rate: 0.5, tunedSet: 'labelled', tunedWeight: 0.3 };
/** The thresholds tried for dropping candidates. */
export const KEEP_GRID = [0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/** Runs the rules (no confidence filter) over a set and labels every candidate with the scoring rule. */
export async function labelCandidates(set: LabelledSet): Promise<SetCandidates> {
  const gold = await loadGold(set.gold);
  const paths = await resolveGoldFiles(gold.map((g) => g.file), set.folder);
  const candidates: LabelledCandidate[] = [];
  let required = 0;
  for (const article of gold) {
    const path = paths.get(article.file);
    if (!path) continue;
    required += article.incidents.filter((g) => !g.optional).length;
    const found = (await readArticleFile(path)).flatMap((item) => extractCandidates(item));
    const match = matchArticle(found.map((c) => c.incident), article.incidents);
    const wrong = new Set(match.unmatchedPredictions);
    const required_ = new Set(match.required.map(([p]) => p));
    found.forEach((c, i) => candidates.push({ set: set.name, features: c.features, right: !wrong.has(i), matchesRequired: required_.has(i) }));
  }
  return { set: set.name, required, candidates };
}

export function fitConfidence(sets: SetCandidates[], options: TrainOptions = TRAIN_OPTIONS): Weights {
  const examples: Example[] = sets.flatMap((s) =>
    s.candidates.map((c) => ({ x: c.features, y: c.right ? 1 : 0, weight: s.set === options.tunedSet ? options.tunedWeight : 1 })),
  );
  return fitLogistic(examples, options);
}

export type HeldOut = { set: string; required: number; scored: { p: number; right: boolean; matchesRequired: boolean }[] };

/** Each set but the tuned one held out in turn: the model fitted on the others scores its candidates. */
export function crossValidate(sets: SetCandidates[], options: TrainOptions = TRAIN_OPTIONS): HeldOut[] {
  return sets
    .filter((s) => s.set !== options.tunedSet)
    .map((held) => {
      const weights = fitConfidence(sets.filter((s) => s !== held), options);
      return {
        set: held.set,
        required: held.required,
        scored: held.candidates.map((c) => ({ p: logisticProbability(weights, c.features), right: c.right, matchesRequired: c.matchesRequired })),
      };
    });
}

export type Prf = { precision: number; recall: number; f1: number; kept: number };

/** Type+place precision, recall and F1 of the candidates kept at `keepAt`, as the scoring rule counts them. */
export function scoreKept(held: HeldOut[], keepAt: number): Prf {
  let tp = 0;
  let fp = 0;
  let kept = 0;
  let required = 0;
  for (const h of held) {
    required += h.required;
    for (const s of h.scored) {
      if (s.p < keepAt) continue;
      kept += 1;
      if (s.matchesRequired) tp += 1;
      else if (!s.right) fp += 1;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = required ? tp / required : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, kept };
}

/**
 * Held-out F1 figures this close count as a tie. The threshold with the best held-out F1 is chosen, and of tied
 * ones the highest: every false incident is a wrong dot on someone's map, so at equal F1 the more precise filter
 * wins. The tie is a whole point because held-out figures flatter the rules, which were read off these same sets:
 * on blind45–52, scored unseen in November 2026 by the model fitted on the other sets, F1 was flat from shown
 * confidence 0.6 to 0.75 (pooled .815 → .813) while precision rose from .842 to .878; cross-validation on the read
 * sets put the best F1 at 0.60 and 0.70 one point lower. (Until November 2026 the tie was a tenth of a point, and
 * before that the lowest threshold within half a point was chosen, for recall.)
 */
export const F1_TOLERANCE = 0.01;

/** The highest threshold whose held-out F1 ties with the best one (the grid is ascending). */
export function chooseKeepAt(held: HeldOut[], grid: number[] = KEEP_GRID): number {
  const f1s = grid.map((keepAt) => scoreKept(held, keepAt).f1);
  const best = Math.max(...f1s);
  return grid[f1s.findLastIndex((f1) => f1 >= best - F1_TOLERANCE)];
}

/** The product's promise: among incidents shown with confidence ≥ 0.8, at least 9 in 10 are right, in every set. */
export const HIGH_BAND = HIGH_CONFIDENCE;
export const HIGH_BAND_FLOOR = 0.9;
/** What the top band must reach on held-out sets pooled, with a margin over the floor for sampling noise. */
export const HIGH_BAND_PRECISION = 0.93;
export const HIGH_GRID = Array.from({ length: 19 }, (_, i) => Math.round((0.8 + i * 0.01) * 100) / 100);

type Scored = { p: number; right: boolean };

/** Precision among scored candidates whose probability is at least `at` (1 when there are none). */
export function precisionFrom(scored: Scored[], at: number): { n: number; precision: number } {
  const top = scored.filter((s) => s.p >= at);
  return { n: top.length, precision: top.length ? top.filter((s) => s.right).length / top.length : 1 };
}

/**
 * The lowest probability to show as confidence 0.8: held-out precision from it, pooled, reaches
 * `HIGH_BAND_PRECISION`, and the final model's precision from it reaches `HIGH_BAND_FLOOR` on every set.
 */
export function chooseHighAt(held: HeldOut[], perSet: Scored[][], grid: number[] = HIGH_GRID): number {
  const pooled = held.flatMap((h) => h.scored);
  const ok = (at: number) =>
    precisionFrom(pooled, at).precision >= HIGH_BAND_PRECISION && perSet.every((set) => precisionFrom(set, at).precision >= HIGH_BAND_FLOOR);
  return grid.find(ok) ?? grid[grid.length - 1];
}
