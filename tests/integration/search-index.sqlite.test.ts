// SQLite's FTS5 text-search index on a real file: made by whatever opens the database, repaired after a
// migration rebuilds Incident, in step after every real write path, and really used by the SQL Prisma sends.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/roles';
import { createPrismaClient } from '@/lib/db/create-client';
import { routeSearchThroughIndex } from '@/lib/db/route-search-sql';
import { SEARCH_TABLE, SEARCH_TRIGGERS } from '@/lib/db/sqlite-search-index';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { EMPTY_FILTER } from '@/lib/incidents/filter';
import type { ArticleToSave } from '@/lib/incidents/save-article';
import { toIncidentRow } from '@/lib/incidents/to-incident-row';
import { extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';
import { readPlainText } from '@/lib/ingest/read/read-plain-text';
import { createFreshDatabase, type TestDatabase } from '../support/fresh-database';

const OBJECTS = [SEARCH_TABLE, ...Object.keys(SEARCH_TRIGGERS)].sort();
const fileOf = (db: TestDatabase) => fileURLToPath(db.url);

function searchObjects(file: string): string[] {
  const raw = new Database(file, { readonly: true });
  try {
    const names = OBJECTS.map((n) => `'${n}'`).join(',');
    return raw.prepare(`SELECT name FROM sqlite_master WHERE name IN (${names})`).pluck().all().map(String).sort();
  } finally {
    raw.close();
  }
}

/** FTS5's own check of an external-content index against its table: throws when they disagree. */
function checkIndexAgainstTable(file: string) {
  const raw = new Database(file);
  try {
    raw.prepare(`INSERT INTO "${SEARCH_TABLE}"("${SEARCH_TABLE}", rank) VALUES ('integrity-check', 1)`).run();
  } finally {
    raw.close();
  }
}

/** For substrings of every stored text: the index's rows equal a scan's. */
function expectIndexAgreesWithScan(file: string) {
  const raw = new Database(file, { readonly: true });
  try {
    const rows = raw.prepare('SELECT id, searchText FROM Incident').all() as { id: number; searchText: string }[];
    const probes = new Set<string>();
    for (const { searchText } of rows) for (const at of [0, 5, 17, 40]) probes.add(searchText.slice(at, at + 6));
    const match = raw.prepare(`SELECT rowid FROM "${SEARCH_TABLE}" WHERE "${SEARCH_TABLE}" MATCH ? ORDER BY rowid`).pluck();
    for (const probe of [...probes].filter((p) => [...p].length >= 3)) {
      const scanned = rows.filter((r) => r.searchText.includes(probe)).map((r) => r.id).sort((a, b) => a - b);
      expect(match.all(`"${probe.replaceAll('"', '""')}"`), probe).toEqual(scanned);
    }
  } finally {
    raw.close();
  }
}

describe('the search index exists wherever the database is opened', () => {
  let db: TestDatabase;
  afterAll(() => db?.remove());

  it('is absent after `prisma migrate deploy` alone and present once the app (or any command) opens the file', async () => {
    db = createFreshDatabase('search-index-open');
    expect(searchObjects(fileOf(db))).toEqual([]);
    const prisma = createPrismaClient(db.url);
    await prisma.incident.count();
    await prisma.$disconnect();
    expect(searchObjects(fileOf(db))).toEqual(OBJECTS);
  });
});

describe('after a migration rebuilds the Incident table', () => {
  let db: TestDatabase;
  afterAll(() => db?.remove());

  it('the next connection recreates the dropped triggers and rebuilds the index from the table', async () => {
    db = createFreshDatabase('search-index-redefine');
    const file = fileOf(db);
    const prisma = createPrismaClient(db.url);
    const first = await prisma.incident.create({ data: toIncidentRow({ ...incident, summary: 'Grain seized at the Sinuiju quay' }, []) });
    await prisma.$disconnect();

    // What Prisma's SQLite migrations do to change a column ("redefine"): new table, copy, drop, rename.
    const raw = new Database(file);
    const create = raw.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'Incident'`).pluck().get() as string;
    raw.exec(`PRAGMA foreign_keys = OFF; BEGIN;
      ${create.replace('CREATE TABLE "Incident"', 'CREATE TABLE "new_Incident"')};
      INSERT INTO "new_Incident" SELECT * FROM "Incident";
      DROP TABLE "Incident";
      ALTER TABLE "new_Incident" RENAME TO "Incident";
      COMMIT; PRAGMA foreign_keys = ON;`);
    // A migration's data step writes while the triggers are gone.
    raw.prepare(`UPDATE "Incident" SET "searchText" = 'timber smuggled near manpo' WHERE id = ?`).run(first.id);
    raw.prepare(`INSERT INTO "Incident" (type, summary, searchText, updatedAt) VALUES ('arrest', 'x', 'drug ring broken in chongjin', 0)`).run();
    raw.close();
    expect(searchObjects(file)).toEqual([SEARCH_TABLE]);
    expect(() => checkIndexAgainstTable(file)).toThrow();

    const reopened = createPrismaClient(db.url);
    const found = await reopened.incident.findMany({ where: buildIncidentWhere({ ...EMPTY_FILTER, q: 'Manpo' }), select: { id: true } });
    const chongjin = await reopened.incident.count({ where: buildIncidentWhere({ ...EMPTY_FILTER, q: 'chongjin' }) });
    const stale = await reopened.incident.count({ where: buildIncidentWhere({ ...EMPTY_FILTER, q: 'sinuiju' }) });
    await reopened.$disconnect();
    expect(searchObjects(file)).toEqual(OBJECTS);
    expect(() => checkIndexAgainstTable(file)).not.toThrow();
    expect(found.map((r) => r.id)).toEqual([first.id]);
    expect([chongjin, stale]).toEqual([1, 0]);
  });
});

describe('`prisma migrate dev` beside the index (prisma/orm#8106)', () => {
  let db: TestDatabase;
  let dir: string;
  afterAll(() => {
    db?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sees no drift: the engine stand-in drops the derived index first, and the next connection rebuilds it', async () => {
    db = createFreshDatabase('search-index-migrate-dev');
    const prisma = createPrismaClient(db.url);
    await prisma.incident.create({ data: toIncidentRow({ ...incident, summary: 'Fuel sold at Sinpo harbour' }, []) });
    await prisma.$disconnect();
    // A copy of the schema and migrations, so the new migration is written outside the repository.
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-migrate-dev-'));
    cpSync('prisma/migrations', path.join(dir, 'migrations'), { recursive: true });
    cpSync('prisma/schema.prisma', path.join(dir, 'schema.prisma'));
    const config = path.join(dir, 'prisma.config.mjs');
    writeFileSync(config, `export default ${JSON.stringify({ schema: path.join(dir, 'schema.prisma'), migrations: { path: path.join(dir, 'migrations') }, datasource: { url: db.url } })};`);
    await promisify(execFile)(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'dev', '--create-only', '--name', 'probe', '--config', config], {
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: path.resolve('prisma/engine/schema-engine.mjs'), PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      timeout: 120_000,
    });
    const probe = readdirSync(path.join(dir, 'migrations')).find((name) => name.endsWith('_probe'));
    expect(probe).toBeDefined();
    expect(readFileSync(path.join(dir, 'migrations', probe!, 'migration.sql'), 'utf8')).not.toMatch(/IncidentSearch|DROP/);

    const reopened = createPrismaClient(db.url);
    expect(await reopened.incident.count({ where: buildIncidentWhere({ ...EMPTY_FILTER, q: 'sinpo' }) })).toBe(1);
    await reopened.$disconnect();
    expect(searchObjects(fileOf(db))).toEqual(OBJECTS);
  });
});

const incident: ExtractedIncident = {
  type: 'arrest', tags: [], summary: '', evidence: '', date: '2024-03-01', datePrecision: 'day', placeName: null, admin1: null,
  country: 'KP', lat: null, lon: null, locationPrecision: 'unknown', actors: [], confidence: 0.5,
};

describe('the index stays in step through the real write paths', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  const editor: Actor = { id: 'user-1', email: 'ed@example.org', name: 'Ed', role: 'editor' };
  const article = (file: string, url: string, version: string, tweak = (t: string) => t): ArticleToSave => {
    const parsed = readPlainText(tweak(readFileSync(file, 'utf8')), file);
    return { title: parsed.title, outlet: 'Test Outlet', url, publishedAt: parsed.publishedAt, contentHash: `${url}#${version}`, text: parsed.body, sourcePath: file, incidents: extractIncidents(parsed) };
  };
  const A = (v: string) => article('tests/fixtures/review/wiyon-a.txt', 'https://example.org/a', v);
  const B = (v: string, tweak?: (t: string) => string) => article('tests/fixtures/review/wiyon-b.txt', 'https://example.org/b', v, tweak);
  const ids = async (q: string) =>
    (await prisma.incident.findMany({ where: buildIncidentWhere({ ...EMPTY_FILTER, q }), select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
  const byUrl = (url: string) => prisma.incident.findMany({ where: { sources: { some: { article: { url } } } }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    db = createFreshDatabase('search-index-writes');
    prisma = (await import('@/lib/db')).prisma;
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    db?.remove();
  });

  it('ingest, review edit, merge and the delete of a re-ingest', async () => {
    const { saveArticle } = await import('@/lib/incidents/save-article');
    const { editIncident } = await import('@/lib/review/edit-incident');
    const { mergeIncidents } = await import('@/lib/review/merge-incidents');
    const file = fileOf(db);

    await saveArticle(prisma, A('v1'));
    await saveArticle(prisma, B('v1'));
    checkIndexAgainstTable(file);
    expectIndexAgreesWithScan(file);
    const [arrestA, lecture] = await byUrl('https://example.org/a');
    const [arrestB, houses] = await byUrl('https://example.org/b');
    expect(await ids(houses.summary)).toContain(houses.id);

    expect(await editIncident(lecture.id, { summary: 'A lecture on the qzxv radio sets.' }, editor)).toBe('edited');
    checkIndexAgainstTable(file);
    expectIndexAgreesWithScan(file);
    expect(await ids('qzxv radio')).toEqual([lecture.id]);
    expect(await ids(lecture.summary)).not.toContain(lecture.id);

    expect((await mergeIncidents(arrestA.id, arrestB.id, editor)).ok).toBe(true);
    checkIndexAgainstTable(file);
    expectIndexAgreesWithScan(file);

    // B again without its second paragraph: the machine incident it gave is deleted.
    await saveArticle(prisma, B('v2', (t) => t.replace(/\n\nAfter the arrests[^\n]*/, '')));
    expect(await prisma.incident.findUnique({ where: { id: houses.id } })).toBeNull();
    checkIndexAgainstTable(file);
    expectIndexAgreesWithScan(file);
    expect(await ids(houses.summary)).not.toContain(houses.id);
  });
});

describe('q= is served by the index', () => {
  let db: TestDatabase;
  afterAll(() => db?.remove());

  it('EXPLAIN QUERY PLAN of the SQL Prisma sends for count, group-by and list names the FTS table', async () => {
    db = createFreshDatabase('search-index-plan');
    const file = fileOf(db);
    (await createPrismaClient(db.url).$connect());
    const sent: { sql: string; args: unknown[] }[] = [];
    const logged = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }), log: [{ emit: 'event', level: 'query' }] });
    logged.$on('query', (e) => sent.push({ sql: e.query, args: JSON.parse(e.params) as unknown[] }));
    const where = buildIncidentWhere({ ...EMPTY_FILTER, q: 'Hamgyŏng', types: ['arrest'] });
    await logged.incident.count({ where });
    await logged.incident.groupBy({ by: ['admin1'], where, _count: true });
    await logged.incident.findMany({ where, orderBy: [{ dateStart: 'desc' }, { id: 'desc' }], take: 20 });
    await logged.$disconnect();

    const raw = new Database(file, { readonly: true });
    const plan = (sql: string, args: unknown[]) => raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args).map((r) => (r as { detail: string }).detail).join(' | ');
    const queries = sent.filter((q) => q.sql.includes('searchText'));
    expect(queries).toHaveLength(3);
    for (const query of queries) {
      const routed = routeSearchThroughIndex({ ...query, argTypes: [] });
      expect(plan(routed.sql, routed.args)).toMatch(new RegExp(`SCAN ${SEARCH_TABLE} VIRTUAL TABLE INDEX \\d+:M`));
      // The control: Prisma's own SQL scans.
      expect(plan(query.sql, query.args)).not.toMatch(SEARCH_TABLE);
    }
    raw.close();
  });
});
