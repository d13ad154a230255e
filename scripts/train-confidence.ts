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
import { logisticProbability } from '@/lib/ingest/extract/logistic';

const FLOORS = 'tests/fixtures/quality-floors.json';
const MODEL = 'data/extract/confidence-model.json';
const BINS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function printReliability(held: HeldOut[]): void {
  const scored = held.flatMap((h) => h.scored);
  console.log('\nheld-out reliability (confidence bin → precision):');
  for (let i = 0; i < BINS.length - 1; i++) {
    const inBin = scored.filter((s) => s.p >= BINS[i] && (s.p < BINS[i + 1] || BINS[i + 1] === 1));
    const right = inBin.filter((s) => s.right).length;
    console.log(`  ${BINS[i].toFixed(1)}–${BINS[i + 1].toFixed(1)}  n ${String(inBin.length).padStart(4)}  precision ${inBin.length ? pct(right / inBin.length) : '    –'}`);
  }
  const high = scored.filter((s) => s.p >= 0.8);
  console.log(`  ≥ 0.8    n ${String(high.length).padStart(4)}  precision ${high.length ? pct(high.filter((s) => s.right).length / high.length) : '–'}`);
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
  printReliability(held);
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

  const model = { keepAt, highAt, trainedOn: floors.sets.map((s) => s.name), options: TRAIN_OPTIONS, weights: rounded };
  if (dryRun) return;
  await writeFile(MODEL, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`\nwrote ${MODEL} (${Object.keys(rounded).length} weights)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
