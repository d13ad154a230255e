// saveArticle's look-ups of known and stale incidents reach them through an index on SQLite even with the
// statistics of a large database where most incidents have no fingerprint: ANALYZE then counts the NULLs as one
// value shared by every row, and `fingerprint IN (…)` selecting more than the unique index holds was planned as a
// scan of the whole table (~270 ms per article at 1M); the stale incidents' `EXISTS` on their sources walked the
// status index over every 'auto' incident (~320 ms). The statistics are those of the 1M synthetic database.
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { saveArticle } from '@/lib/incidents/save-article';
import { createFreshDatabase, type TestDatabase } from '../support/fresh-database';

/** sqlite_stat1 of the 1M synthetic database (/work/data/e24-1m.db), for the two tables the look-ups read. */
const STATS_AT_1M: [string, string, string][] = [
  ['IncidentSource', 'IncidentSource_articleId_idx', '1000000 4'],
  ['IncidentSource', 'sqlite_autoindex_IncidentSource_1', '1000000 1 1'],
  ['Incident', 'Incident_status_idx', '1000000 333334'],
  ['Incident', 'Incident_fingerprint_key', '1000000 1000000'],
  ['Incident', 'Incident_type_dateStart_id_idx', '1000000 111112 13 1'],
  ['Incident', 'Incident_admin1_dateStart_id_idx', '1000000 62500 9 1'],
  ['Incident', 'Incident_dateStart_idx', '1000000 103'],
];

let db: TestDatabase;
let file: string;

beforeAll(async () => {
  db = createFreshDatabase('save-article-plans');
  file = fileURLToPath(db.url);
  const setup = createPrismaClient(db.url);
  await setup.$connect();
  await setup.$disconnect();
  const raw = new Database(file);
  raw.exec('ANALYZE');
  const insert = raw.prepare('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)');
  raw.prepare("DELETE FROM sqlite_stat1 WHERE tbl IN ('Incident', 'IncidentSource')").run();
  for (const row of STATS_AT_1M) insert.run(...row);
  raw.close();
});

afterAll(() => db?.remove());

const incident = (summary: string) => ({
  type: 'arrest',
  summary,
  evidence: summary,
  date: '2024-03',
  datePrecision: 'month',
  placeName: 'Hyesan',
  admin1: 'Ryanggang',
  country: 'KP',
  lat: 41.4,
  lon: 128.18,
  locationPrecision: 'city',
  confidence: 0.8,
  tags: [],
  actors: [],
});

describe('saveArticle on SQLite with the statistics of 1M incidents', () => {
  it('reads the incidents it looks up by their keys, never by a scan or the status index', async () => {
    const sent: { sql: string; args: unknown[] }[] = [];
    const logged = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }), log: [{ emit: 'event', level: 'query' }] });
    logged.$on('query', (e) => sent.push({ sql: e.query, args: JSON.parse(e.params) as unknown[] }));
    const article = { title: 'Plans', outlet: null, url: 'https://example.test/plans', publishedAt: '2024-03-05', text: null, sourcePath: null };
    await saveArticle(logged, { ...article, contentHash: 'plans-1', incidents: [incident('One'), incident('Two')] as never });
    // The same URL again, shorter: the known incidents are updated and the stale one found and deleted.
    await saveArticle(logged, { ...article, contentHash: 'plans-2', incidents: [incident('One, edited')] as never });
    await logged.$disconnect();

    const raw = new Database(file, { readonly: true });
    const plan = (sql: string, args: unknown[]) => raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args).map((r) => (r as { detail: string }).detail);
    const reads = sent.filter((q) => /^SELECT/.test(q.sql) && /FROM `main`\.`Incident`/.test(q.sql));
    expect(reads.length).toBeGreaterThanOrEqual(4);
    for (const read of reads) {
      const onIncident = plan(read.sql, read.args).filter((step) => /\bIncident\b/.test(step) && !/IncidentSource/.test(step));
      expect(onIncident.length, read.sql).toBeGreaterThan(0);
      for (const step of onIncident) expect(step, read.sql).toMatch(/^SEARCH (main\.)?Incident USING (INTEGER PRIMARY KEY|(COVERING )?INDEX Incident_fingerprint_key)/);
    }
    raw.close();
  });
});
