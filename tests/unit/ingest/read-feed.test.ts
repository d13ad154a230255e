import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleReadError, readArticleFile } from '@/lib/ingest/read';

const FIXTURES = join(process.cwd(), 'tests/fixtures/articles');

describe('readArticleFile: feeds', () => {
  it('RSS 2.0: one article per item, HTML stripped, dates as printed', async () => {
    const file = join(FIXTURES, 'two-items.rss');
    const items = await readArticleFile(file);
    expect(items.map((a) => a.source)).toEqual([`${file}#1`, `${file}#2`]);
    expect(items[0]).toMatchObject({
      title: 'Farmers in Kangwon punished for hiding harvested corn',
      url: 'https://example.net/korea/corn-hiding',
      // 07:30 in Seoul is still the 9th in UTC: the outlet's own day is kept.
      publishedAt: '2023-10-10',
      outlet: 'Radio Free Asia',
      format: 'feed',
    });
    expect(items[0].body.split('\n\n')).toHaveLength(2);
    expect(items[0].body).not.toMatch(/<b>|alert/);
    expect(items[1].publishedAt).toBe('2023-10-05');
    expect(items[1].body).toContain('accepted & ordered');
  });

  it('Atom: content or summary, published date and link', async () => {
    const items = await readArticleFile(join(FIXTURES, 'two-entries.atom'));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: 'Hyesan residents forced to join night patrols along the Yalu',
      publishedAt: '2024-02-20',
      url: 'https://example.jp/north-korea/hyesan-patrols',
      outlet: 'Asia Press',
    });
    expect(items[0].body).toBe(
      'Residents of Hyesan have been ordered to take turns patrolling the riverbank at night to stop people from crossing into China, a reporting partner said.\n\nThose who miss a shift must pay a fine in rice.',
    );
    expect(items[1].publishedAt).toBe('2024-02-12');
    expect(items[1].body).toContain('Jongori re-education camp');
  });

  it('malformed XML is an ArticleReadError naming the file', async () => {
    const file = join(FIXTURES, 'broken.rss');
    await expect(readArticleFile(file)).rejects.toThrow(ArticleReadError);
    await expect(readArticleFile(file)).rejects.toThrow(`${file}: malformed feed XML`);
  });
});
