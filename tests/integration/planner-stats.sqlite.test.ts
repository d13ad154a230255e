// npm start refreshes SQLite's planner statistics (lib/startup/refresh-planner-stats.ts): a database filled
// without ANALYZE gets them, so the planner knows `status` is not selective and (lat, lon) is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { refreshPlannerStats } from '@/lib/startup/refresh-planner-stats';
import { createFreshDatabase } from '../support/fresh-database';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = createFreshDatabase('planner-stats');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
});

afterAll(async () => {
  await prisma.$disconnect();
  db.remove();
});

const incidentStats = async () =>
  (await prisma.$queryRawUnsafe<{ tbl: string }[]>(`SELECT name AS tbl FROM sqlite_master WHERE name = 'sqlite_stat1'`)).length
    ? prisma.$queryRawUnsafe<{ idx: string; stat: string }[]>(`SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'Incident'`)
    : [];

describe('planner statistics at start', () => {
  it('analyzes a filled table that has none, and is harmless to repeat', async () => {
    await prisma.incident.createMany({
      data: Array.from({ length: 3000 }, (_, i) => ({ type: 'arrest', summary: `Row ${i}`, status: i % 3 ? 'auto' : 'reviewed', lat: 38 + (i % 997) / 1000, lon: 125 + (i % 991) / 1000 })),
    });
    expect(await incidentStats()).toEqual([]);
    await refreshPlannerStats(prisma, db.url);
    const stats = await incidentStats();
    const status = stats.find((s) => s.idx === 'Incident_status_idx');
    // "3000 1500": two statuses, so about half the rows per value — not selective.
    expect(status?.stat.split(' ').map(Number)[0]).toBe(3000);
    expect(Number(status?.stat.split(' ')[1])).toBeGreaterThan(1000);
    await refreshPlannerStats(prisma, db.url);
    expect(await incidentStats()).toHaveLength(stats.length);
  });
});
