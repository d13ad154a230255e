// Kills `npm run ingest` with SIGKILL in the middle of a big feed, then checks what a crash can break: the
// file's integrity, the foreign keys, half-written articles, and that finishing the run gives exactly what a
// clean run gives.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { ingestFiles } from '@/lib/ingest/ingest-files';
import { createFreshDatabase } from '../support/fresh-database';
import { readSqliteIntegrity } from '../support/sqlite-integrity';
import { buildFeed } from '../support/hostile-corpus';

const ROOT = path.resolve(__dirname, '../..');
const ITEMS = 400;

let crashed: ReturnType<typeof createFreshDatabase>;
let clean: ReturnType<typeof createFreshDatabase>;
let scratch: string;
let feed: string;

beforeAll(() => {
  crashed = createFreshDatabase('crash');
  clean = createFreshDatabase('clean');
  scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-crash-'));
  feed = path.join(scratch, 'big-feed.xml');
  writeFileSync(feed, buildFeed(ITEMS));
});

afterAll(() => {
  crashed.remove();
  clean.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** Starts `npm run ingest` as its own process on `url`. */
function startIngest(url: string) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/ingest.ts'), feed], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'ignore',
  });
}

/** Every article with its incidents, in a form two databases can be compared in. */
async function dump(prisma: PrismaClient): Promise<string[]> {
  const articles = await prisma.article.findMany({
    select: { contentHash: true, url: true, incidents: { select: { incident: { select: { type: true, placeName: true, date: true, fingerprint: true } } } } },
  });
  return articles
    .map((a) => {
      const incidents = a.incidents.map((s) => `${s.incident.type}@${s.incident.placeName}@${s.incident.date}`).sort();
      return `${a.contentHash} ${a.url} ${incidents.join(',')}`;
    })
    .sort();
}

async function checkIntegrity(prisma: PrismaClient) {
  expect(readSqliteIntegrity(crashed.url)).toEqual([{ integrity_check: 'ok' }]);
  expect(await prisma.$queryRawUnsafe('PRAGMA foreign_key_check')).toEqual([]);
}

describe('an ingest killed with SIGKILL mid-run', () => {
  it('leaves a consistent database, and finishing the run equals a clean run', async () => {
    const prisma = createPrismaClient(crashed.url);
    const child = startIngest(crashed.url);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill once some articles are stored, while the rest of the feed is still to come.
    let stored = 0;
    for (let waited = 0; stored < 30 && waited < 240_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      stored = await prisma.article.count();
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const atKill = await prisma.article.count();
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(ITEMS);

    await checkIntegrity(prisma);
    // No half-written article: each one stored has exactly the incidents its own transaction wrote.
    const cleanPrisma = createPrismaClient(clean.url);
    const cleanRun = await ingestFiles(cleanPrisma, [feed]);
    expect(cleanRun.failed).toEqual([]);
    const cleanDump = await dump(cleanPrisma);
    const crashDump = await dump(prisma);
    expect(crashDump.length).toBe(atKill);
    for (const line of crashDump) expect(cleanDump).toContain(line);

    // Finishing the run stores the rest, and the result is the clean run's.
    const rerun = await ingestFiles(prisma, [feed]);
    expect(rerun.failed).toEqual([]);
    expect(rerun.articlesUnchanged).toBe(atKill);
    expect(await dump(prisma)).toEqual(cleanDump);
    await checkIntegrity(prisma);
    await prisma.$disconnect();
    await cleanPrisma.$disconnect();
  }, 900_000);
});
