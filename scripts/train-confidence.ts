/**
 * `npm run train:confidence [-- --dry-run]`: fits the extractor's confidence model on every labelled set of
 * tests/fixtures/quality-floors.json and writes data/extract/confidence-model.json. Before that it holds each
 * blind set out in turn, fits on the others and prints what the held-out sets would have scored at each
 * threshold, chooses the threshold (`keepAt`) with the best held-out F1, and prints the held-out reliability
 * table. `--dry-run` prints the figures and writes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import {
  chooseHighAt,
  chooseKeepAt,
  HIGH_BAND,
  HIGH_BAND_FLOOR,
  HIGH_BAND_PRECISION,
  HIGH_GRID,
  precisionFrom,
  crossValidate,
  fitConfidence,
  KEEP_GRID,
  labelCandidates,
  scoreKept,
  TRAIN_OPTIONS,
  type HeldOut,
  type LabelledSet,
} from '@/lib/eval/train-confidence';
import { formatReliability } from '@/lib/eval/format-report';
import { binReliability } from '@/lib/eval/reliability';
import { shownConfidence } from '@/lib/ingest/extract/confidence';
import { logisticProbability } from '@/lib/ingest/extract/logistic';

const FLOORS = 'tests/fixtures/quality-floors.json';
const MODEL = 'data/extract/confidence-model.json';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** The held-out candidates the product would keep, binned by the confidence it would show for them. */
function printReliability(held: HeldOut[], keepAt: number, highAt: number): void {
  const shown = held
    .flatMap((h) => h.scored)
    .filter((s) => s.p >= keepAt)
    .map((s) => ({ confidence: shownConfidence(s.p, highAt), right: s.right }));
  console.log('\nheld-out reliability of the kept candidates (shown confidence → precision):');
  for (const line of formatReliability(binReliability(shown))) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  const floors = JSON.parse(await readFile(FLOORS, 'utf8')) as { sets: LabelledSet[] };
  const started = performance.now();
  const sets = [];
  for (const set of floors.sets) sets.push(await labelCandidates(set));
  const count = sets.reduce((n, s) => n + s.candidates.length, 0);
  console.log(`${count} candidates from ${sets.length} sets (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const held = crossValidate(sets);
  console.log('\nheld out in turn (each blind set scored by a model fitted on the others), type+place:');
  console.log('  keepAt      P      R     F1   kept');
  for (const keepAt of KEEP_GRID) {
    const m = scoreKept(held, keepAt);
    console.log(`  ${keepAt.toFixed(2).padStart(6)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${String(m.kept).padStart(5)}`);
  }
  const keepAt = chooseKeepAt(held);
  console.log(`\nchosen keepAt ${keepAt}; per held-out set, all candidates → kept:`);
  for (const h of held) {
    const all = scoreKept([h], 0);
    const kept = scoreKept([h], keepAt);
    console.log(`  ${h.set.padEnd(9)} F1 ${pct(all.f1)} → ${pct(kept.f1)}   P ${pct(all.precision)} → ${pct(kept.precision)}   R ${pct(all.recall)} → ${pct(kept.recall)}`);
  }
  const weights = fitConfidence(sets);
  const rounded = Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]));
  const perSet = sets.map((s) => s.candidates.map((c) => ({ p: logisticProbability(rounded, c.features), right: c.right })));
  const pooled = held.flatMap((h) => h.scored);
  console.log('\nprecision among candidates with probability ≥ t: held out (pooled), and the final model\'s lowest set:');
  for (const at of HIGH_GRID.filter((_, i) => i % 2 === 0)) {
    const { n, precision } = precisionFrom(pooled, at);
    const worst = Math.min(...perSet.map((set) => precisionFrom(set, at).precision));
    console.log(`  t ${at.toFixed(2)}  n ${String(n).padStart(4)}  held out ${pct(precision)}  lowest set ${pct(worst)}`);
  }
  const highAt = chooseHighAt(held, perSet);
  console.log(`shown as confidence ${HIGH_BAND} from probability ${highAt} (held out ≥ ${HIGH_BAND_PRECISION}, every set ≥ ${HIGH_BAND_FLOOR})`);
  printReliability(held, keepAt, highAt);

  const model = { keepAt, highAt, trainedOn: floors.sets.map((s) => s.name), options: TRAIN_OPTIONS, weights: rounded };
  if (dryRun) return;
  await writeFile(MODEL, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`\nwrote ${MODEL} (${Object.keys(rounded).length} weights)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
