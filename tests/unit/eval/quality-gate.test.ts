import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runEval, type EvalRun } from '@/lib/eval/run-eval';

/**
 * The quality gate: every labelled set is extracted once per run and scored with the shared rule; a change that
 * drops F1 or date accuracy below the floors in tests/fixtures/quality-floors.json fails `npm test`.
 */
const ZFloors = z.object({
  sets: z.array(
    z.object({
      name: z.string(),
      gold: z.string(),
      folder: z.string(),
      f1: z.number().min(0).max(1),
      dateAccuracy: z.number().min(0).max(1),
      highConfidencePrecision: z.number().min(0).max(1).optional(),
      maxOnNoIncidentArticles: z.number().int().min(0).optional(),
    }),
  ),
});
const floors = ZFloors.parse(JSON.parse(readFileSync('tests/fixtures/quality-floors.json', 'utf8'))).sets;
const runs = new Map<string, EvalRun>();

beforeAll(async () => {
  for (const set of floors) runs.set(set.name, await runEval(set.gold, set.folder));
}, 600_000);

describe.each(floors)('quality gate: $name', (set) => {
  it('finds every article the gold file names', () => {
    const run = runs.get(set.name)!;
    expect(run.missingFiles).toEqual([]);
    expect(run.unreadableFiles).toEqual([]);
  });

  it(`keeps type+place F1 at or above ${set.f1}`, () => {
    expect(runs.get(set.name)!.overall.f1).toBeGreaterThanOrEqual(set.f1);
  });

  it(`keeps date accuracy at or above ${set.dateAccuracy}`, () => {
    expect(runs.get(set.name)!.overall.dateAccuracy ?? 0).toBeGreaterThanOrEqual(set.dateAccuracy);
  });

  it.runIf(set.highConfidencePrecision !== undefined)('keeps precision high among incidents with confidence ≥ 0.8', () => {
    const high = runs.get(set.name)!.reliability.high;
    expect(high.n).toBeGreaterThan(0);
    expect(high.precision ?? 0).toBeGreaterThanOrEqual(set.highConfidencePrecision!);
  });

  it.runIf(set.maxOnNoIncidentArticles !== undefined)('invents no more incidents on no-incident articles than its ceiling', () => {
    const empty = runs.get(set.name)!.noIncidentArticles;
    expect(empty.articles).toBeGreaterThan(0);
    expect(empty.predicted).toBeLessThanOrEqual(set.maxOnNoIncidentArticles!);
  });
});
