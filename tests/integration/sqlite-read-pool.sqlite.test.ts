// The web server's pooled SQLite path (lib/db/sqlite-read-pool.ts) on a real file, against the direct
// adapter on the same file: reads leave the calling thread, see every committed write at once (and nothing
// uncommitted), fail with the same Prisma errors, and return the same values, BigInt, Date and Bytes included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { readWorkerCount, readWorkerHeapMb } from '@/lib/db/sqlite-read-pool';
import { createFreshDatabase } from '../support/fresh-database';

let db: ReturnType<typeof createFreshDatabase>;
let direct: PrismaClient;
let pooled: PrismaClient;

beforeAll(() => {
  db = createFreshDatabase('read-pool');
  direct = createPrismaClient(db.url);
  pooled = createPrismaClient(db.url, { readWorkers: 2 });
});

afterAll(async () => {
  await pooled.$disconnect();
  await direct.$disconnect();
  db.remove();
});

const incident = (summary: string) => ({ type: 'arrest', summary, date: '2024-03', datePrecision: 'month', placeName: 'Hyesan', lat: 41.4, lon: 128.18 });

/** A read that keeps SQLite busy for a while: a recursive count to `n`. */
const SLOW_READ = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT COUNT(*) AS n FROM c';

/** Whether a timer queued just after the read started got to run before the read finished. */
async function timerRanDuringRead(client: PrismaClient): Promise<boolean> {
  let readDone = false;
  let timerSawReadDone: boolean | undefined;
  const read = client.$queryRawUnsafe(SLOW_READ).then(() => (readDone = true));
  const timer = new Promise<void>((resolve) => setTimeout(() => ((timerSawReadDone = readDone), resolve()), 0));
  await Promise.all([read, timer]);
  return timerSawReadDone === false;
}

async function errorOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string; meta?: unknown };
    // The message starts with the call site, which differs between the two calls; its last line is the cause.
    return { name: e.name, code: e.code, cause: e.message?.trim().split('\n').at(-1), meta: e.meta };
  }
  throw new Error('expected the query to fail');
}

describe('pooled SQLite reads', () => {
  it('leave the calling thread free, where the direct adapter blocks it', async () => {
    expect(await timerRanDuringRead(pooled)).toBe(true);
    expect(await timerRanDuringRead(direct)).toBe(false);
  });

  it('see a committed write at once, whichever connection wrote it, and never an uncommitted one', async () => {
    const mine = await pooled.incident.create({ data: incident('written through the pooled client') });
    expect((await pooled.incident.findUnique({ where: { id: mine.id } }))?.summary).toBe('written through the pooled client');
    const theirs = await direct.incident.create({ data: incident('written by another connection') });
    expect((await pooled.incident.findUnique({ where: { id: theirs.id } }))?.summary).toBe('written by another connection');

    await pooled.incident.update({ where: { id: mine.id }, data: { summary: 'updated' } });
    expect((await pooled.incident.findUniqueOrThrow({ where: { id: mine.id } })).summary).toBe('updated');

    let seenInside: string | undefined;
    let seenOutside: number | undefined;
    await pooled.$transaction(async (tx) => {
      const inside = await tx.incident.create({ data: incident('inside a transaction') });
      seenInside = (await tx.incident.findUnique({ where: { id: inside.id } }))?.summary;
      seenOutside = await pooled.incident.count({ where: { summary: 'inside a transaction' } });
    });
    expect(seenInside).toBe('inside a transaction');
    expect(seenOutside).toBe(0);
    expect(await pooled.incident.count({ where: { summary: 'inside a transaction' } })).toBe(1);
  });

  it('fail with the same Prisma errors as the direct adapter', async () => {
    const bad = 'SELECT "nope" FROM "Incident"';
    const missing = 'SELECT * FROM "NoSuchTable"';
    for (const sql of [bad, missing]) {
      const fromPool = await errorOf(pooled.$queryRawUnsafe(sql));
      expect(fromPool.code).toMatch(/^P\d{4}$/);
      expect(fromPool).toEqual(await errorOf(direct.$queryRawUnsafe(sql)));
    }
    // A write that breaks a constraint still runs (and fails) on the main connection.
    const first = await direct.incident.create({ data: { ...incident('unique'), fingerprint: 'same' } });
    const dup = { data: { ...incident('unique again'), fingerprint: 'same' } };
    expect(await errorOf(pooled.incident.create(dup))).toEqual(await errorOf(direct.incident.create(dup)));
    expect(first.fingerprint).toBe('same');
  });

  it('return BigInt, Date, Bytes and the model columns exactly as the direct adapter does', async () => {
    await direct.$executeRawUnsafe('CREATE TABLE "PoolTypes" (big BIGINT, small INTEGER, real REAL, bytes BLOB, at DATETIME, flag BOOLEAN, label TEXT)');
    await direct.$executeRawUnsafe(
      `INSERT INTO "PoolTypes" VALUES (9007199254740993, -42, 1.5, x'00ff10', '2024-03-05T10:20:30.000+00:00', 1, 'tekst'), (NULL, NULL, NULL, NULL, NULL, NULL, NULL)`,
    );
    const sql = 'SELECT * FROM "PoolTypes" ORDER BY "label" IS NULL';
    const fromPool = await pooled.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    expect(fromPool).toStrictEqual(await direct.$queryRawUnsafe(sql));
    expect(fromPool[0].big).toBe(9007199254740993n);
    expect(fromPool[0].at).toBeInstanceOf(Date);
    expect(Array.from(fromPool[0].bytes as Uint8Array)).toEqual([0, 255, 16]);
    expect(fromPool[1].bytes).toBeNull();

    const query = { orderBy: { id: 'asc' as const }, include: { tags: true, sources: true } };
    const rows = await pooled.incident.findMany(query);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[0].createdAt).toBeInstanceOf(Date);
    expect(rows).toStrictEqual(await direct.incident.findMany(query));
    const typed = await pooled.$queryRaw<{ createdAt: Date }[]>`SELECT "createdAt" FROM "Incident" ORDER BY "id" LIMIT 1`;
    expect(typed).toStrictEqual(await direct.$queryRaw`SELECT "createdAt" FROM "Incident" ORDER BY "id" LIMIT 1`);
  });

  it('answer a read of 20,000 rows inside their bounded heap, the same rows as the direct adapter', async () => {
    const sql = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
      SELECT i, printf('%0100d', i) AS padding FROM n`;
    const fromPool = await pooled.$queryRawUnsafe<{ i: bigint | number; padding: string }[]>(sql);
    expect(fromPool).toHaveLength(20000);
    expect(fromPool).toStrictEqual(await direct.$queryRawUnsafe(sql));
  });

  it('have a heap limit from SQLITE_READ_WORKER_HEAP_MB, 64 MB unless set, and 0 lifts it', () => {
    expect(readWorkerHeapMb({})).toBe(64);
    expect(readWorkerHeapMb({ SQLITE_READ_WORKER_HEAP_MB: '128' })).toBe(128);
    expect(readWorkerHeapMb({ SQLITE_READ_WORKER_HEAP_MB: '0' })).toBe(0);
    expect(readWorkerHeapMb({ SQLITE_READ_WORKER_HEAP_MB: 'lots' })).toBe(64);
  });

  it('are sized from SQLITE_READ_WORKERS, and 0 turns the pool off', () => {
    expect(readWorkerCount({ SQLITE_READ_WORKERS: '3' })).toBe(3);
    expect(readWorkerCount({ SQLITE_READ_WORKERS: '0' })).toBe(0);
    expect(readWorkerCount({ SQLITE_READ_WORKERS: 'many' })).toBe(0);
    expect(readWorkerCount({})).toBeGreaterThanOrEqual(2);
  });
});
