import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('scripts/eval.ts', () => {
  it('scores a gold file against a folder and prints machine-readable figures with --json', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/eval.ts', 'tests/fixtures/labelled/gold-holdout2.json', 'tests/fixtures/labelled', '--json'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { overall: Record<string, number>; byType: Record<string, unknown>; missingFiles: string[] };
    expect(out.missingFiles).toEqual([]);
    for (const key of ['tp', 'fp', 'fn', 'precision', 'recall', 'f1', 'dateAccuracy', 'inventedDates']) expect(out.overall).toHaveProperty(key);
    expect(Object.keys(out.byType).length).toBeGreaterThan(0);
  });

  it('exits 2 and names gold articles whose file is not in the folder', () => {
    const gold = join(mkdtempSync(join(tmpdir(), 'eval-cli-')), 'gold.json');
    writeFileSync(gold, JSON.stringify([{ file: 'elsewhere/not-here.txt', incidents: [] }]));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', gold, 'tests/fixtures/labelled'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('not-here.txt');
  });
});
