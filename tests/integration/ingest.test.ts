// `npm run ingest`'s pipeline on a real SQLite file: idempotent re-runs, bad files reported and skipped,
// nothing of a failed file stored, and a person's review never overwritten.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { ingestFiles } from '@/lib/ingest/ingest-files';
import { saveArticle, type ArticleToSave } from '@/lib/incidents/save-article';
import fc from 'fast-check';
import { arbIncident } from '../support/arbitrary-incident';
import { createFreshDatabase } from '../support/fresh-database';

const LABELLED = path.resolve(__dirname, '../fixtures/labelled');

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let scratch: string;

async function counts() {
  const [articles, incidents, links, tags, outlets] = await Promise.all([
    prisma.article.count(),
    prisma.incident.count(),
    prisma.incidentSource.count(),
    prisma.incidentTag.count(),
    prisma.outlet.count(),
  ]);
  return { articles, incidents, links, tags, outlets };
}

beforeAll(() => {
  db = createFreshDatabase('ingest');
  prisma = createPrismaClient(db.url);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-bad-files-'));
});

afterAll(async () => {
  await prisma.$disconnect();
  db.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('ingest', () => {
  it('stores a folder, and a second run changes nothing', async () => {
    const first = await ingestFiles(prisma, [LABELLED]);
    expect(first.failed).toEqual([]);
    expect(first.articlesNew).toBeGreaterThanOrEqual(20);
    expect(first.incidentsAdded).toBeGreaterThan(0);
    const after = await counts();
    expect(after.articles).toBe(first.articlesNew);
    expect(after.incidents).toBe(first.incidentsAdded);
    expect(after.links).toBe(first.incidentsAdded);

    const second = await ingestFiles(prisma, [LABELLED]);
    expect(second).toMatchObject({ articlesNew: 0, articlesUnchanged: first.articlesNew, incidentsAdded: 0, failed: [] });
    expect(await counts()).toEqual(after);
  });

  it('keeps the article text and each incident’s evidence and source', async () => {
    const incident = await prisma.incident.findFirstOrThrow({ include: { sources: { include: { article: true } } } });
    expect(incident.evidence?.length).toBeGreaterThan(10);
    expect(incident.sources[0].article.text).toContain(incident.evidence!.slice(0, 20));
  });

  it('reports each bad file by name, stores nothing of it, and goes on with the batch', async () => {
    const before = await counts();
    const bad = {
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0xff]),
      'latin1.txt': Buffer.from('Title\n\nCaf\xe9 in Hyesan was raided on Tuesday by police.', 'latin1'),
      'noise.txt': Buffer.alloc(20 * 1024 * 1024, 'x7 '),
      'scripts.html': `<!doctype html><html><head><title>x</title></head><body>${'<script>alert(1)</script>'.repeat(500)}</body></html>`,
    };
    for (const [name, content] of Object.entries(bad)) writeFileSync(path.join(scratch, name), content);
    const good = path.join(scratch, 'good.txt');
    writeFileSync(
      good,
      'Border guards detain two women near Hyesan\n\nPublished: 2024-04-02\n\nBorder guards detained two women who were trying to cross the Yalu River near Hyesan, Ryanggang Province, on March 28, a source said. Both were handed over to the Ministry of State Security for questioning.\n',
    );

    const summary = await ingestFiles(prisma, [scratch]);
    expect(summary.failed.map((f) => path.basename(f.file)).sort()).toEqual(Object.keys(bad).sort());
    for (const failure of summary.failed) expect(failure.error).toContain(path.basename(failure.file));
    expect(summary.articlesNew).toBe(1);
    const after = await counts();
    expect(after.articles).toBe(before.articles + 1);
    const stored = await prisma.article.findMany({ where: { sourcePath: { contains: scratch } } });
    expect(stored.map((a) => path.basename(a.sourcePath!))).toEqual(['good.txt']);
  });

  it('updates an edited article (same URL) but never an incident a person has reviewed', async () => {
    const page = (extra: string) => `<!doctype html><html><head>
<title>Two arrested in Hyesan over smuggled phones</title>
<link rel="canonical" href="https://example.org/news/hyesan-phones">
<meta property="article:published_time" content="2024-05-14T09:00:00Z">
</head><body><article><h1>Two arrested in Hyesan over smuggled phones</h1>
<p>State security agents arrested two traders in Hyesan, Ryanggang Province, on May 10 for selling Chinese mobile phones, a source told us.</p>
<p>Their relatives were banished to a remote farm in Samsu County a few days later.</p>${extra}
</article></body></html>`;
    const file = path.join(scratch, 'edited.html');
    writeFileSync(file, page(''));
    const first = await ingestFiles(prisma, [file]);
    expect(first.articlesNew).toBe(1);
    const article = await prisma.article.findUniqueOrThrow({
      where: { url: 'https://example.org/news/hyesan-phones' },
      include: { incidents: { include: { incident: true } } },
    });
    expect(article.incidents.length).toBeGreaterThan(0);
    const target = article.incidents[0].incident;
    await prisma.incident.update({ where: { id: target.id }, data: { status: 'reviewed', type: 'other', summary: 'Corrected by an analyst.' } });

    writeFileSync(file, page('<p>Local officials then held a lecture for residents in Hyesan warning against foreign phones.</p>'));
    const second = await ingestFiles(prisma, [file]);
    expect(second).toMatchObject({ articlesNew: 0, articlesUpdated: 1, failed: [] });
    const updated = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(updated.text).toContain('lecture');
    expect(await prisma.incident.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      status: 'reviewed',
      type: 'other',
      summary: 'Corrected by an analyst.',
    });
  });
  it('a shorter re-extraction drops the machine incidents past its end and keeps a reviewed one', async () => {
    const incidents = fc.sample(arbIncident, { numRuns: 4, seed: 7 }).map((i) => ({ ...i, status: 'auto' })) as unknown as ArticleToSave['incidents'];
    const version = (hash: string, list: ArticleToSave['incidents']) =>
      saveArticle(prisma, { title: 'Shrinking report', outlet: null, url: 'https://example.test/shrinking', publishedAt: '2024-03-05', contentHash: hash, text: null, sourcePath: null, incidents: list });
    const { articleId } = await version('shrink-1', incidents);
    const mine = () => prisma.incident.findMany({ where: { sources: { some: { articleId } } }, orderBy: { id: 'asc' }, select: { id: true, fingerprint: true, status: true } });
    const stored = await mine();
    expect(stored.map((i) => i.fingerprint)).toEqual([0, 1, 2, 3].map((n) => `article:${articleId}#${n}`));
    await prisma.incident.update({ where: { id: stored[3].id }, data: { status: 'reviewed' } });
    await version('shrink-2', incidents.slice(0, 1));
    expect((await mine()).map((i) => [i.fingerprint, i.status])).toEqual([
      [`article:${articleId}#0`, 'auto'],
      [`article:${articleId}#3`, 'reviewed'],
    ]);
  });
});
