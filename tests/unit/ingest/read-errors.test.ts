import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleReadError, readArticleFile } from '@/lib/ingest/read';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-errors-'));
  await writeFile(at('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  await writeFile(at('controls.txt'), Buffer.from('ab\x01\x02\x03\x04\x05\x06\x07\x08cd\x0e\x0f\x10\x11\x12\x13\x14', 'latin1'));
  // "Hyesan" then a lone 0xC3 lead byte: Latin-1 bytes passed off as UTF-8.
  await writeFile(at('latin1.txt'), Buffer.concat([Buffer.from('Hyesan arrests reported this week\n\nA man '), Buffer.from([0xc3, 0x28]), Buffer.from(' was held.\n')]));
  await writeFile(at('blank.txt'), '   \n\n\t\n');
  await writeFile(at('no-title.txt'), '12.5 C\nSeoul\n\n2024-03-05\n');
  // Letters and spaces at random: words by shape, but no English in them.
  const letters = 'abcdefghijklmnopqrstuvwxyz      ';
  let seed = 7;
  const noise = Array.from({ length: 20_000 }, () => letters[(seed = (seed * 48271) % 2147483647) % letters.length]).join('');
  await writeFile(at('noise.txt'), `Qwv zzkp rrtq xylo\n\n${noise}\n`);
  await writeFile(at('title-only.txt'), 'Hyesan smugglers arrested after a raid\n\nRead in Korean\n');
  // Sparse file: 20 MB on paper, no disk used; must be refused from its size without being read.
  await writeFile(at('huge.txt'), '');
  await truncate(at('huge.txt'), 20 * 1024 * 1024);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readArticleFile: bad input', () => {
  it.each([
    ['empty file', join(process.cwd(), 'tests/fixtures/articles/empty.txt'), /empty file/],
    ['binary (NUL bytes)', 'binary.txt', /binary/],
    ['binary (control characters)', 'controls.txt', /binary/],
    ['invalid UTF-8', 'latin1.txt', /UTF-8/],
    ['only whitespace', 'blank.txt', /empty/],
    ['no title', 'no-title.txt', /title/],
    ['no body', 'title-only.txt', /body/],
    ['random letters', 'noise.txt', /English/],
    ['too large', 'huge.txt', /too large/],
    ['missing file', 'missing.txt', /cannot read/],
  ])('%s', async (_label, name, reason) => {
    const file = name.startsWith('/') ? name : at(name);
    const error = await readArticleFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleReadError);
    expect((error as ArticleReadError).file).toBe(file);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(reason);
  });

  it('refuses 20 MB quickly', async () => {
    const started = Date.now();
    await expect(readArticleFile(at('huge.txt'))).rejects.toThrow(ArticleReadError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
