import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres-database';
import './postgres-global-setup';

const root = path.resolve(__dirname, '../..');

export type TestDatabase = { kind: 'sqlite' | 'postgresql'; url: string; remove: () => void };

/** The database the current Vitest project tests: `postgresql` in that project, else SQLite. */
export function testDatabaseKind(): TestDatabase['kind'] {
  return inject('postgresAdminUrl') ? 'postgresql' : 'sqlite';
}

function migrateDeploy(url: string) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: 'pipe',
    timeout: 60_000,
  });
}

function createPostgresTestDatabase(prefix: string, adminUrl: string): TestDatabase {
  const name = `atlas_${prefix.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = createPostgresDatabase(adminUrl, name);
  migrateDeploy(url);
  return { kind: 'postgresql', url, remove: () => dropPostgresDatabase(adminUrl, name) };
}

/** A name that changes whenever any migration does, so a stale template is never reused. */
function migrationsKey(): string {
  const dir = path.join(root, 'prisma/migrations');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    const sql = path.join(dir, name, 'migration.sql');
    if (existsSync(sql)) hash.update(name).update(readFileSync(sql));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * One SQLite file migrated by the real Prisma CLI per set of migrations, shared by every test file: each
 * test then gets a copy (a file copy takes milliseconds; a `prisma migrate deploy` takes seconds). Built in
 * a private folder and renamed into place, so test files starting together never see half a template.
 */
function sqliteTemplate(): string {
  const template = path.join(os.tmpdir(), `atlas-template-${migrationsKey()}.db`);
  if (existsSync(template)) return template;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-template-build-'));
  const file = path.join(dir, 'template.db');
  migrateDeploy(pathToFileURL(file).href);
  renameSync(file, template);
  rmSync(dir, { recursive: true, force: true });
  return template;
}

function createSqliteDatabase(prefix: string): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), `atlas-${prefix}-`));
  const file = path.join(dir, 'test.db');
  copyFileSync(sqliteTemplate(), file);
  return { kind: 'sqlite', url: pathToFileURL(file).href, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A new database migrated by the real Prisma CLI, for tests that need the real thing: a SQLite file, or in
 * the Vitest `postgresql` project a new database on the run's throwaway cluster. Sets DATABASE_URL so
 * modules that read it (lib/db.ts) open this database; `remove` deletes it.
 */
export function createFreshDatabase(prefix: string): TestDatabase {
  const adminUrl = inject('postgresAdminUrl');
  const db = adminUrl ? createPostgresTestDatabase(prefix, adminUrl) : createSqliteDatabase(prefix);
  process.env.DATABASE_URL = db.url;
  return db;
}
