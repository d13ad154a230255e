import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '@/lib/ingest/read';

const FIXTURES = join(process.cwd(), 'tests/fixtures/articles');

async function readOne(name: string, opts?: { outlet?: string }) {
  const articles = await readArticleFile(join(FIXTURES, name), opts);
  expect(articles).toHaveLength(1);
  return articles[0];
}

describe('readArticleFile: plain-text layouts', () => {
  it('footer date + "by" line: date from the footer, footer and credits dropped', async () => {
    const a = await readOne('footer-date.txt');
    expect(a).toMatchObject({
      title: 'Hyesan market vendor detained over smuggled Chinese phones',
      publishedAt: '2023-04-12',
      outlet: 'Daily NK',
      format: 'text',
      url: null,
    });
    expect(a.source).toBe(join(FIXTURES, 'footer-date.txt'));
    expect(a.body.startsWith('A woman who sold dried fish')).toBe(true);
    expect(a.body.split('\n\n')).toHaveLength(4);
    for (const junk of ['Translated by', 'Please send', 'Read in Korean', '09:30AM', 'by DailyNK', 'Most Popular', 'Kilju', 'customs office']) {
      expect(a.body).not.toContain(junk);
    }
  });

  it('tagline, repeated title and a date under the title', async () => {
    const a = await readOne('date-under-title.txt');
    expect(a.title).toBe('Border guards in Musan punished after soldier crosses the Tumen River');
    expect(a.publishedAt).toBe('2023-11-03');
    expect(a.outlet).toBe('NK Times');
    expect(a.body.startsWith('Several members of a border guard company')).toBe(true);
    for (const junk of ['only publishes', 'Photo = NK Times', 'translated by Google', 'Leave a Comment', '최근', 'crosses the Tumen River\n']) {
      expect(a.body).not.toContain(junk);
    }
    expect(a.body.split('\n\n')).toHaveLength(3);
  });

  it('"Published:" line under the title; outlet named only in the text', async () => {
    const a = await readOne('published-line.txt');
    expect(a.title).toBe('Three Christians sentenced in Sinuiju after secret prayer meetings');
    expect(a.publishedAt).toBe('2023-08-14');
    expect(a.outlet).toBe('Radio Free Asia');
    expect(a.body).not.toContain('Published');
    expect(a.body).not.toContain('Edited by');
  });

  it('byline with a dotted date', async () => {
    const a = await readOne('byline.txt');
    expect(a.publishedAt).toBe('2022-12-01');
    expect(a.outlet).toBe('Asia Press');
    expect(a.body).not.toContain('Kang Eun-ha');
    expect(a.body.split('\n\n')).toHaveLength(3);
  });

  it('page header (weather, city, scrape date) is skipped and the footer date wins', async () => {
    const a = await readOne('header-and-footer.txt');
    expect(a.title).toBe('Chongjin court sends drug dealers to labour camp');
    expect(a.publishedAt).toBe('2023-09-20');
    expect(a.body).not.toMatch(/Seoul|-2\.3 C|January 6, 2025|network of sources/);
  });

  it('a lone date above the title is not trusted as the publication date', async () => {
    const a = await readOne('header-date-only.txt');
    expect(a.title).toBe('Pyongyang orders new inspections of households with radios');
    expect(a.publishedAt).toBeNull();
    expect(a.outlet).toBeNull();
  });

  it('no date: captions, their alt text, print widget and repeated title removed', async () => {
    const a = await readOne('no-date.txt');
    expect(a.publishedAt).toBeNull();
    expect(a.outlet).toBe('Daily NK');
    expect(a.body).not.toMatch(/Kimchaek harbour|Image:|Print Friendly/);
    expect(a.body.split('\n\n')).toHaveLength(3);
    expect(a.body.trim().endsWith('do not come back.')).toBe(true);
  });

  it('day-month-year date line and hard-wrapped paragraphs joined', async () => {
    const a = await readOne('day-month-year.txt');
    expect(a.publishedAt).toBe('2024-03-05');
    expect(a.outlet).toBe('New Focus');
    const paragraphs = a.body.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain('Yalu River in late February');
  });

  it('takes the outlet from options, then from the folder, when the text names none', async () => {
    expect((await readOne('header-date-only.txt', { outlet: 'Yonhap' })).outlet).toBe('Yonhap');
    const named = await readOne('footer-date.txt', { outlet: 'Yonhap' });
    expect(named.outlet).toBe('Daily NK');
  });
});
