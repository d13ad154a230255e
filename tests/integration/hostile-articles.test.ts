// The hostile-article corpus through `npm run ingest`'s pipeline on a real SQLite file and a real PostgreSQL
// database: each input is either refused with a message that names it (escaped) and leaves nothing behind, or
// stored with whatever was dangerous in it made inert. How long each takes is `npm run bench:hostile`'s business, not this test's.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { ingestFiles, type IngestSummary } from '@/lib/ingest/ingest-files';
import { readArticleFile } from '@/lib/ingest/read';
import { createFreshDatabase } from '../support/fresh-database';
import { buildFeed, ESCAPE_NAME, FEED_ITEMS, writeHostileCorpus } from '../support/hostile-corpus';

const HOSTILE = path.resolve(__dirname, '../fixtures/hostile');
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u202a-\u202e]/;

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let scratch: string;
let generated: Record<string, string>;

beforeAll(() => {
  db = createFreshDatabase('hostile');
  prisma = createPrismaClient(db.url);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-hostile-'));
  generated = writeHostileCorpus(scratch);
});

afterAll(async () => {
  await prisma.$disconnect();
  db.remove();
  rmSync(scratch, { recursive: true, force: true });
});

const fixture = (name: string) => path.join(HOSTILE, name);
const articlesFrom = (file: string) => prisma.article.findMany({ where: { sourcePath: { startsWith: file } }, orderBy: { id: 'asc' } });

async function ingestOne(file: string): Promise<IngestSummary> {
  return ingestFiles(prisma, [file]);
}

async function expectRefused(file: string, reason: RegExp): Promise<string> {
  const before = await prisma.article.count();
  const summary = await ingestOne(file);
  expect(summary.failed).toHaveLength(1);
  expect(summary.failed[0].error).toMatch(reason);
  expect(await prisma.article.count()).toBe(before);
  return summary.failed[0].error;
}

describe('hostile articles that cannot be articles are refused by name, leaving nothing', () => {
  it.each([
    ['empty.txt', /empty\.txt: empty file/],
    ['binary.txt', /binary\.txt: binary file/],
    ['invalid-utf8.txt', /invalid-utf8\.txt: not valid UTF-8/],
    ['billion-laughs.xml', /billion-laughs\.xml: feed refused: it declares XML entities/],
  ])('%s', async (name, reason) => {
    await expectRefused(fixture(name), reason);
  });

  it('an external entity (XXE) is refused and the file it points at is never read into the database', async () => {
    const error = await expectRefused(fixture('xxe.xml'), /xxe\.xml: feed refused: it declares XML entities/);
    expect(error).not.toMatch(/root:/);
    expect(await prisma.article.count({ where: { text: { contains: 'root:' } } })).toBe(0);
  });

  it('10,000 nested elements', async () => {
    await expectRefused(generated['deep-nesting.html'], /deep-nesting\.html: HTML nested too deeply/);
  });

  it('a 100 KB "sentence"', async () => {
    await expectRefused(generated['long-sentence.txt'], /long-sentence\.txt: not an article: one sentence runs for [\d,]+ characters/);
  });

  it('a file name carrying terminal escapes is escaped in the message', async () => {
    const error = await expectRefused(generated[ESCAPE_NAME], /empty file/);
    expect(error).not.toMatch(CONTROL);
    expect(error).toContain('\\u001b[2J\\u001b[31mred-alert\\u0007.txt');
  });
});

describe('hostile articles that are articles are stored inert', () => {
  it('script, SVG, iframe and event-handler payloads leave no markup or script in the title or text', async () => {
    const summary = await ingestOne(fixture('script-payloads.html'));
    expect(summary).toMatchObject({ articlesNew: 1, failed: [] });
    const [article] = await articlesFrom(fixture('script-payloads.html'));
    expect(article.title).toBe('Phone traders detained in Hyesan');
    for (const text of [article.title, article.text ?? '']) {
      expect(text).not.toMatch(/<|alert\(|onload|onerror|javascript:|__pwned/i);
    }
    expect(article.text).toContain('searched the market stalls');
  });

  it.each([
    ['javascript-canonical.html', 'a javascript: canonical link and og:url'],
    ['data-og-url.html', 'a data: og:url'],
  ])('%s: %s is not stored as the URL', async (name) => {
    expect(await ingestOne(fixture(name))).toMatchObject({ articlesNew: 1, failed: [] });
    const [article] = await articlesFrom(fixture(name));
    expect(article.url).toBeNull();
  });

  it('feed items keep only http(s) links', async () => {
    expect(await ingestOne(fixture('feed-links.xml'))).toMatchObject({ articlesNew: 3, failed: [] });
    const urls = (await articlesFrom(fixture('feed-links.xml'))).map((a) => a.url);
    expect(urls).toEqual([null, null, 'https://example.org/news/hoeryong-search']);
  });

  it('an RSS file that starts with a DOCTYPE is read as a feed, item by item', async () => {
    expect(await ingestOne(fixture('doctype-feed.rss'))).toMatchObject({ articlesNew: 2, failed: [] });
    const articles = await articlesFrom(fixture('doctype-feed.rss'));
    expect(articles.map((a) => a.title)).toEqual(['Smugglers detained in Hyesan', 'Family banished from Onsong']);
    expect(articles.every((a) => !a.text?.includes('<!DOCTYPE') && !a.text?.includes('<item>'))).toBe(true);
  });

  it('control characters and ANSI escapes are stripped from the title and text', async () => {
    expect(await ingestOne(fixture('control-chars.txt'))).toMatchObject({ articlesNew: 1, failed: [] });
    const [article] = await articlesFrom(fixture('control-chars.txt'));
    expect(article.title).toBe('Traders detained in Hyesan');
    expect(article.title).not.toMatch(CONTROL);
    expect(article.text).not.toMatch(CONTROL);
    expect(article.text).toContain('Police in Hyesan arrested two traders');
  });

  it('200,000 &amp; in a page: the flood is dropped, the report around it is kept', async () => {
    expect(await ingestOne(generated['amp-flood.html'])).toMatchObject({ articlesNew: 1, failed: [] });
    const [article] = await articlesFrom(generated['amp-flood.html']);
    expect(article.text).not.toContain('&&&&');
    expect(article.text).toContain('Police in Hyesan arrested a trader');
    expect(await prisma.incidentSource.count({ where: { articleId: article.id } })).toBeGreaterThan(0);
  });

  it('a 5 MB plain-text article is stored whole, with its incidents', async () => {
    const summary = await ingestOne(generated['big-5mb.txt']);
    expect(summary).toMatchObject({ articlesNew: 1, failed: [] });
    expect(summary.incidentsAdded).toBeGreaterThan(10);
    const [article] = await articlesFrom(generated['big-5mb.txt']);
    expect(article.text!.length).toBeGreaterThan(4_500_000);
  }, 600_000);

  it('a 10,000-item feed is read as 10,000 articles, each with its own link', async () => {
    const articles = await readArticleFile(generated['feed-10000.xml']);
    expect(articles).toHaveLength(FEED_ITEMS);
    expect(new Set(articles.map((a) => a.url)).size).toBe(FEED_ITEMS);
    expect(articles.every((a) => a.url?.startsWith('https://example.org/feed-10000/'))).toBe(true);
  }, 600_000);

  it('a feed is stored item by item, with progress after each item', async () => {
    const file = path.join(scratch, 'feed-300.xml');
    writeFileSync(file, buildFeed(300));
    const seen: number[] = [];
    const summary = await ingestFiles(prisma, [file], { onItem: (done) => seen.push(done) });
    expect(summary).toMatchObject({ articlesNew: 300, failed: [] });
    expect(seen).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  }, 300_000);
});

describe('after the whole corpus', () => {
  it('a second run over every file stores nothing new, and the database is intact', async () => {
    // The 10,000-item feed was only read, not stored; `npm run bench:hostile` times it.
    const files = [...Object.values(generated).filter((f) => !f.endsWith('feed-10000.xml')), path.join(scratch, 'feed-300.xml'), ...readdirSync(HOSTILE).filter((f) => f !== 'README.md').map(fixture)];
    const before = await prisma.article.count();
    const again = await ingestFiles(prisma, files);
    expect(again.articlesNew).toBe(0);
    expect(again.articlesUpdated).toBe(0);
    expect(await prisma.article.count()).toBe(before);
    if (db.url.startsWith('file:')) {
      expect(await prisma.$queryRawUnsafe('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await prisma.$queryRawUnsafe('PRAGMA foreign_key_check')).toEqual([]);
    }
    // Every stored incident is counted once in the aggregates the dashboard reads (bulk writes included).
    const shown = await prisma.incident.count({ where: { status: { in: ['auto', 'reviewed'] } } });
    expect((await prisma.incidentMonthCount.aggregate({ _sum: { n: true } }))._sum.n ?? 0).toBe(shown);
    expect((await prisma.incidentWeekCount.aggregate({ _sum: { n: true } }))._sum.n ?? 0).toBe(shown);
  }, 900_000);
});
