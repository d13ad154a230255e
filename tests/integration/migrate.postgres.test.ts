// The PostgreSQL migrations, applied by the real Prisma CLI on a real server, give exactly the generated
// PostgreSQL schema, and a second deploy changes nothing.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_SCHEMA_PATH } from '@/lib/db/postgres-schema';
import { createFreshDatabase, type TestDatabase } from '../support/fresh-database';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const prismaCli = path.join(root, 'node_modules/prisma/build/index.js');

let db: TestDatabase;

async function prisma(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [prismaCli, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      timeout: 60_000,
    });
    return { code: 0, out: `${stdout}\n${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, out: `${e.stdout}\n${e.stderr}` };
  }
}

beforeAll(() => {
  db = createFreshDatabase('migrate');
});

afterAll(() => db?.remove());

describe('prisma migrate on PostgreSQL', () => {
  it('leaves no difference between the migrated database and prisma/postgresql/schema.prisma', { timeout: 180_000 }, async () => {
    expect(db.kind).toBe('postgresql');
    const diff = await prisma(['migrate', 'diff', '--from-config-datasource', '--to-schema', POSTGRES_SCHEMA_PATH, '--exit-code']);
    expect(diff.out).not.toMatch(/CREATE|ALTER|DROP/);
    expect(diff.code).toBe(0);
  });

  it('applies nothing on a second deploy and reports the schema up to date', { timeout: 180_000 }, async () => {
    const deploy = await prisma(['migrate', 'deploy']);
    expect(deploy.code).toBe(0);
    expect(deploy.out).toMatch(/No pending migrations/i);
    const status = await prisma(['migrate', 'status']);
    expect(status.out).toMatch(/up to date/i);
  });
});
