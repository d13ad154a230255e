import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEvalCommand } from '@/scripts/eval-command';

/** The command in-process: the extraction model loads once for the file, not once per run. */
async function runEvalCli(args: string[]) {
  let stdout = '';
  const code = await runEvalCommand(args, { write: (text) => (stdout += text), warn: () => {} });
  return { code, stdout };
}

describe('scripts/eval.ts', () => {
  it('scores a gold file against a folder and prints machine-readable figures with --json', async () => {
    const r = await runEvalCli(['tests/fixtures/labelled/gold-holdout2.json', 'tests/fixtures/labelled', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { overall: Record<string, number>; byType: Record<string, unknown>; missingFiles: string[] };
    expect(out.missingFiles).toEqual([]);
    for (const key of ['tp', 'fp', 'fn', 'precision', 'recall', 'f1', 'dateAccuracy', 'inventedDates']) expect(out.overall).toHaveProperty(key);
    expect(Object.keys(out.byType).length).toBeGreaterThan(0);
  });

  it('exits 2 and names gold articles whose file is not in the folder', async () => {
    const gold = join(mkdtempSync(join(tmpdir(), 'eval-cli-')), 'gold.json');
    writeFileSync(gold, JSON.stringify([{ file: 'elsewhere/not-here.txt', incidents: [] }]));
    const r = await runEvalCli([gold, 'tests/fixtures/labelled']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('not-here.txt');
  });
});
