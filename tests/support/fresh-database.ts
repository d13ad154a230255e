import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
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

function createSqliteDatabase(prefix: string): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), `atlas-${prefix}-`));
  const url = pathToFileURL(path.join(dir, 'test.db')).href;
  migrateDeploy(url);
  return { kind: 'sqlite', url, remove: () => rmSync(dir, { recursive: true, force: true }) };
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
