import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/labelled';
const INCIDENT_KEYS = [
  'type', 'tags', 'summary', 'evidence', 'date', 'datePrecision', 'placeName', 'admin1', 'country', 'lat', 'lon',
  'locationPrecision', 'actors', 'confidence',
].sort();

function runExtract(files: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...files], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: JSON.parse(r.stdout) as Record<string, unknown>[] };
}

describe('scripts/extract.ts (PRODUCT.md command-line contract)', () => {
  it('prints one element per file, in input order, with the contract’s fields', () => {
    const files = [`${FIXTURES}/tune-02-chongjin-public-trial.txt`, `${FIXTURES}/tune-03-market-prices.txt`];
    const { code, out } = runExtract(files);
    expect(code).toBe(0);
    expect(out.map((e) => e.file)).toEqual(files);
    const [first, second] = out as { article: Record<string, unknown>; incidents: Record<string, unknown>[] }[];
    expect(Object.keys(first.article).sort()).toEqual(['outlet', 'publishedAt', 'title', 'url']);
    expect(first.article.publishedAt).toBe('2024-06-03');
    expect(first.incidents.length).toBeGreaterThan(0);
    for (const incident of first.incidents) expect(Object.keys(incident).sort()).toEqual(INCIDENT_KEYS);
    expect(second.incidents).toEqual([]);
  });

  it('puts {file, error} in place of an unreadable file and exits 2 after printing everything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const files = [join(dir, 'does-not-exist.txt'), `${FIXTURES}/tune-04-musan-river-crossing.txt`, empty];
    const { code, out } = runExtract(files);
    expect(code).toBe(2);
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({ file: files[0], error: expect.stringContaining('does-not-exist.txt') });
    expect(out[1]).toHaveProperty('incidents');
    expect(out[2]).toEqual({ file: files[2], error: expect.stringContaining('empty.txt') });
  });

  it('gives a feed file one element, with every item under `items`', () => {
    const { code, out } = runExtract([`${FIXTURES}/tune-11-feed.xml`]);
    expect(code).toBe(0);
    const [feed] = out as { items: unknown[]; incidents: unknown[] }[];
    expect(feed.items).toHaveLength(2);
    expect(feed.incidents.length).toBeGreaterThan(0);
  });
});
