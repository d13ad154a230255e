// Every PostgreSQL connection the app opens carries its session settings (create-client.ts: no parallel workers
// for reads as small as the aggregate tables', memory to hash their groupings), and keeps the ones a
// DATABASE_URL's own `options` parameter asks for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type TestDatabase } from '../support/fresh-database';

let db: TestDatabase;

beforeAll(() => {
  db = createFreshDatabase('session-settings');
});

afterAll(() => db?.remove());

async function readSettings(url: string) {
  const { createPrismaClient } = await import('@/lib/db/create-client');
  const client = createPrismaClient(url);
  try {
    const [row] = await client.$queryRawUnsafe<{ setup: string; mem: string; timeout: string }[]>(
      "SELECT current_setting('parallel_setup_cost') AS setup, current_setting('work_mem') AS mem, current_setting('statement_timeout') AS timeout",
    );
    return row;
  } finally {
    await client.$disconnect();
  }
}

describe('PostgreSQL session settings', () => {
  it('make parallel workers cost more than a small read saves, and give grouping 16 MB', async () => {
    const row = await readSettings(db.url);
    expect(Number(row.setup)).toBe(10000);
    expect(row.mem).toBe('16MB');
  });

  it("keep the URL's own options", async () => {
    const url = new URL(db.url);
    url.searchParams.set('options', '-c statement_timeout=12345');
    const row = await readSettings(url.toString());
    expect(row.timeout).toBe('12345ms');
    expect(row.mem).toBe('16MB');
  });
});
