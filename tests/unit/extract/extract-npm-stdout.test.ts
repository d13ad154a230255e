import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FILE = 'tests/fixtures/labelled/tune-02-chongjin-public-trial.txt';

/** `npm run extract -- <file> > out.json` exactly as a user types it: npm's banner goes to the same file. */
function runThroughNpm(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'extract-npm-')), 'out.json');
  const fd = openSync(out, 'w');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'extract', '--', FILE], {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
  });
  closeSync(fd);
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('npm run extract -- f > out.json', () => {
  it('leaves only JSON in the file, without npm\'s banner', () => {
    const text = runThroughNpm();
    expect(text.startsWith('[')).toBe(true);
    const [element] = JSON.parse(text) as { file: string; incidents: unknown[] }[];
    expect(element.file).toBe(FILE);
    expect(element.incidents.length).toBeGreaterThan(0);
  });
});
