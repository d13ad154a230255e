import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleReadError, readArticleFile } from '@/lib/ingest/read';

const FIXTURES = join(process.cwd(), 'tests/fixtures/articles');

describe('readArticleFile: HTML pages', () => {
  it('reads metadata from meta tags and keeps script and style text out of the body', async () => {
    const [a] = await readArticleFile(join(FIXTURES, 'page-with-meta.html'));
    expect(a).toMatchObject({
      title: 'Hoeryong smugglers executed at riverside',
      publishedAt: '2023-10-02',
      outlet: 'Daily NK',
      url: 'https://example.org/news/hoeryong-smugglers-executed/',
      format: 'html',
    });
    expect(a.body).not.toMatch(/alert|LEAK|color:|trackingId/);
    expect(a.body).not.toMatch(/Read in Korean|Most Popular|Image: Daily NK|Other story/);
    const paragraphs = a.body.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0].startsWith('Two men accused of smuggling')).toBe(true);
  });

  it('falls back to JSON-LD for the date and publisher, keeping the local calendar day', async () => {
    const [a] = await readArticleFile(join(FIXTURES, 'page-json-ld.html'));
    expect(a.title).toBe('Overseas restaurant staff recalled from China');
    // 22:40 at UTC-4 is already the 19th in UTC; the page printed the 18th.
    expect(a.publishedAt).toBe('2024-06-18');
    expect(a.outlet).toBe('NK News');
    expect(a.url).toBe('https://example.com/2024/06/restaurant-staff-recalled/');
    expect(a.body).not.toContain('Photo:');
    expect(a.body.split('\n\n')).toHaveLength(3);
  });

  it('refuses a page made of scripts with no article', async () => {
    const file = join(FIXTURES, 'script-stuffed.html');
    await expect(readArticleFile(file)).rejects.toThrow(ArticleReadError);
    await expect(readArticleFile(file)).rejects.toThrow(file);
  });
});

describe('readArticleFile: HTML fallbacks', () => {
  it('takes the title from <title> without the site name and the date from a visible date element', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'read-html-'));
    const file = join(dir, 'page.htm');
    await writeFile(
      file,
      `<!doctype html><html><head><title>Sariwon teachers fined over private lessons | Korea Herald</title></head>
      <body><div class="meta"><span class="post-date">Posted 2024.04.02</span></div><article>
      <p>Teachers in Sariwon, North Hwanghae Province, were fined after officials learned they gave paid lessons at home.</p>
      <p>Parents who paid for the lessons were made to attend a study session at the neighbourhood office.</p></article></body></html>`,
    );
    try {
      const [a] = await readArticleFile(file);
      expect(a.title).toBe('Sariwon teachers fined over private lessons');
      expect(a.publishedAt).toBe('2024-04-02');
      expect(a.outlet).toBe('The Korea Herald');
      expect(a.url).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
