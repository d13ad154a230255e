import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticleFiles, readArticleFile, sniffFormat } from '@/lib/ingest/read';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-list-'));
  await mkdir(join(dir, 'b-folder/nested'), { recursive: true });
  await mkdir(join(dir, '.hidden'));
  for (const name of ['z.txt', 'a.html', 'notes.pdf', '.secret.txt', 'README', 'b-folder/feed.xml', 'b-folder/nested/x.md', '.hidden/y.txt', 'c.atom', 'd.rss', 'e.htm']) {
    await writeFile(join(dir, name), 'x');
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listArticleFiles', () => {
  it('expands folders recursively, sorted, skipping dotfiles and other extensions', async () => {
    const files = await listArticleFiles([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'README', 'a.html', 'b-folder/feed.xml', 'b-folder/nested/x.md', 'c.atom', 'd.rss', 'e.htm', 'z.txt',
    ]);
  });

  it('keeps files named explicitly, in the order given, without duplicates', async () => {
    const files = await listArticleFiles([join(dir, 'z.txt'), join(dir, 'b-folder'), join(dir, 'z.txt')]);
    expect(files).toEqual([join(dir, 'z.txt'), join(dir, 'b-folder/feed.xml'), join(dir, 'b-folder/nested/x.md')]);
  });
});

describe('format sniffing and folder outlet', () => {
  it('decides by content, not by extension', () => {
    expect(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')).toBe('feed');
    expect(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('feed');
    expect(sniffFormat('<!-- saved -->\n<!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(sniffFormat('Arrests in Hyesan\n\nThe security ministry detained three people.')).toBe('text');
  });

  it('reads an HTML page saved with a .txt name as HTML, and names the outlet from its folder', async () => {
    const folder = join(dir, 'rfa');
    await mkdir(folder, { recursive: true });
    const file = join(folder, 'saved.txt');
    await writeFile(
      file,
      '<html><head><title>Wonsan fishermen questioned</title></head><body><article><p>Security officials in Wonsan questioned a dozen fishermen after a boat returned late from the sea, residents said.</p><p>The boat had drifted south for two days after its engine failed.</p></article></body></html>',
    );
    const [a] = await readArticleFile(file);
    expect(a.format).toBe('html');
    expect(a.title).toBe('Wonsan fishermen questioned');
    expect(a.outlet).toBe('Radio Free Asia');
  });
});
