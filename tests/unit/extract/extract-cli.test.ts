import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtractCommand } from '@/scripts/extract-command';

const FIXTURES = 'tests/fixtures/labelled';
const INCIDENT_KEYS = [
  'type', 'tags', 'summary', 'evidence', 'date', 'datePrecision', 'placeName', 'admin1', 'country', 'lat', 'lon',
  'locationPrecision', 'actors', 'confidence',
].sort();

/**
 * The command in-process (the extraction model loads once for the file, not once per run); that the npm
 * script's process prints only this JSON is extract-npm-stdout.test.ts's business.
 */
async function runExtract(files: string[]) {
  let stdout = '';
  const code = await runExtractCommand(files, { write: (text) => (stdout += text), warn: () => {} });
  return { code, out: JSON.parse(stdout) as Record<string, unknown>[] };
}

describe('scripts/extract.ts (PRODUCT.md command-line contract)', () => {
  it('prints one element per file, in input order, with the contract’s fields', async () => {
    const files = [`${FIXTURES}/tune-02-chongjin-public-trial.txt`, `${FIXTURES}/tune-03-market-prices.txt`];
    const { code, out } = await runExtract(files);
    expect(code).toBe(0);
    expect(out.map((e) => e.file)).toEqual(files);
    const [first, second] = out as { article: Record<string, unknown>; incidents: Record<string, unknown>[] }[];
    expect(Object.keys(first.article).sort()).toEqual(['outlet', 'publishedAt', 'title', 'url']);
    expect(first.article.publishedAt).toBe('2024-06-03');
    expect(first.incidents.length).toBeGreaterThan(0);
    for (const incident of first.incidents) expect(Object.keys(incident).sort()).toEqual(INCIDENT_KEYS);
    expect(second.incidents).toEqual([]);
  });

  it('prints its usage and exits 1 without files, writing no JSON', async () => {
    let stdout = '';
    let stderr = '';
    expect(await runExtractCommand([], { write: (text) => (stdout += text), warn: (text) => (stderr += text) })).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('npm run -s extract');
  });

  it('puts {file, error} in place of an unreadable file and exits 2 after printing everything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const files = [join(dir, 'does-not-exist.txt'), `${FIXTURES}/tune-04-musan-river-crossing.txt`, empty];
    const { code, out } = await runExtract(files);
    expect(code).toBe(2);
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({ file: files[0], error: expect.stringContaining('does-not-exist.txt') });
    expect(out[1]).toHaveProperty('incidents');
    expect(out[2]).toEqual({ file: files[2], error: expect.stringContaining('empty.txt') });
  });

  it('gives a feed file one element, with every item under `items`', async () => {
    const { code, out } = await runExtract([`${FIXTURES}/tune-11-feed.xml`]);
    expect(code).toBe(0);
    const [feed] = out as { items: unknown[]; incidents: unknown[] }[];
    expect(feed.items).toHaveLength(2);
    expect(feed.incidents.length).toBeGreaterThan(0);
  });
});
