import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../..');

/**
 * A new SQLite file migrated by the real Prisma CLI, for tests that need the real database.
 * Sets DATABASE_URL so modules that read it (lib/db.ts) open this file; `remove` deletes it.
 */
export function createFreshDatabase(prefix: string): { url: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `atlas-${prefix}-`));
  const url = pathToFileURL(path.join(dir, 'test.db')).href;
  execFileSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: 'pipe',
    timeout: 60_000,
  });
  process.env.DATABASE_URL = url;
  return { url, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
