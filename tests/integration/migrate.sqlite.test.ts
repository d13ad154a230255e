// The committed migrations applied by the real Prisma CLI (through the offline WASM schema engine in
// prisma/engine/), then the runtime client on the same SQLite file.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const prismaCli = path.join(root, 'node_modules/prisma/build/index.js');
const migrationsDir = path.join(root, 'prisma/migrations');

const migrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, 'migration.sql')))
  .map((d) => d.name)
  .sort();

type MigrationRow = {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
  applied_steps_count: number;
};

describe('prisma migrate deploy on a fresh SQLite file', () => {
  let dir: string;
  let file: string;
  let url: string;
  let prisma: PrismaClient | undefined;

  async function migrateDeploy(): Promise<string> {
    const { stdout, stderr } = await run(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      timeout: 60_000,
    });
    return `${stdout}\n${stderr}`;
  }

  function migrationRows(): MigrationRow[] {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT * FROM _prisma_migrations ORDER BY migration_name').all() as MigrationRow[];
    } finally {
      db.close();
    }
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-migrate-'));
    // A directory that does not exist yet: the CLI (via the engine's create-database) must create it.
    file = path.join(dir, 'nested', 'atlas-test.db');
    url = `file:${file}`;
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has at least one committed migration', () => {
    expect(migrations.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toMatch(/provider = "sqlite"/);
  });

  it('applies every migration on the first run', async () => {
    const output = await migrateDeploy();
    expect(output).toContain('All migrations have been successfully applied.');
    for (const name of migrations) expect(output).toContain(name);

    const rows = migrationRows();
    expect(rows.map((r) => r.migration_name)).toEqual(migrations);
    for (const row of rows) {
      const sql = readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it('applies nothing on the second run', async () => {
    const before = migrationRows();
    const output = await migrateDeploy();
    expect(output).toContain('No pending migrations to apply.');
    expect(output).not.toContain('have been applied');
    expect(migrationRows()).toEqual(before);
  });

  it('serves the migrated file to the runtime client, relations included', async () => {
    prisma = createPrismaClient(url);
    const outlet = await prisma.outlet.create({ data: { slug: 'daily-nk', name: 'Daily NK', url: 'https://example.org' } });
    const article = await prisma.article.create({
      data: {
        outletId: outlet.id,
        title: 'Market crackdown in Hyesan',
        url: 'https://example.org/a/1',
        publishedAt: '2024-03-05',
        publishedPrecision: 'day',
        contentHash: 'sha256:test-1',
      },
    });
    const incident = await prisma.incident.create({
      data: {
        type: 'crackdown',
        summary: 'Authorities raided a market in Hyesan.',
        date: '2024-03',
        datePrecision: 'month',
        dateStart: '2024-03-01',
        dateEnd: '2024-03-31',
        placeName: 'Hyesan',
        admin1: 'Ryanggang',
        country: 'KP',
        lat: 41.4,
        lon: 128.18,
        tags: { create: [{ tag: 'market' }, { tag: 'security' }] },
        sources: { create: [{ articleId: article.id }] },
      },
    });

    const loaded = await prisma.incident.findUniqueOrThrow({
      where: { id: incident.id },
      include: {
        tags: { orderBy: { tag: 'asc' } },
        sources: { include: { article: { include: { outlet: true } } } },
      },
    });
    expect(loaded.tags.map((t) => t.tag)).toEqual(['market', 'security']);
    expect(loaded.sources).toHaveLength(1);
    expect(loaded.sources[0]?.article.title).toBe('Market crackdown in Hyesan');
    expect(loaded.sources[0]?.article.outlet?.slug).toBe('daily-nk');
    expect(loaded.createdAt).toBeInstanceOf(Date);

    // From the other side of the join, and with a relation filter.
    const viaTag = await prisma.article.findMany({
      where: { incidents: { some: { incident: { tags: { some: { tag: 'market' } } } } } },
      select: { id: true },
    });
    expect(viaTag).toEqual([{ id: article.id }]);

    // Foreign keys are enforced: deleting the incident cascades to its tags and source links.
    await prisma.incident.delete({ where: { id: incident.id } });
    expect(await prisma.incidentTag.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await prisma.incidentSource.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await prisma.article.count()).toBe(1);
  });
});
