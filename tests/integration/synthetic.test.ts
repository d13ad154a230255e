// db:synthetic's loader on a real SQLite file: the rows it writes are well-formed, spread as documented,
// and the aggregates it rebuilds agree with the incident table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { parseCount } from '@/lib/synthetic/parse-count';
import { createFreshDatabase } from '../support/fresh-database';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
const N = 2000;

beforeAll(async () => {
  db = createFreshDatabase('synthetic');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  const { loadSynthetic } = await import('@/lib/synthetic/load-synthetic');
  prisma = createPrismaClient(db.url);
  await loadSynthetic(prisma, db.url, { incidents: N, seed: 3, batch: 500 });
});

afterAll(async () => {
  await prisma.$disconnect();
  db.remove();
});

describe('synthetic incidents', () => {
  it('parses counts as written on the command line', () => {
    expect([parseCount('1M'), parseCount('100k'), parseCount('10_000'), parseCount('250')]).toEqual([1e6, 1e5, 1e4, 250]);
    expect([parseCount('0'), parseCount('-5'), parseCount('1.5'), parseCount('lots')]).toEqual([null, null, null, null]);
  });

  it('writes every incident with a source article, and a mix of places and dates', async () => {
    expect(await prisma.incident.count()).toBe(N);
    expect(await prisma.incidentSource.count()).toBe(N);
    const inKorea = await prisma.incident.count({ where: { country: 'KP', locationPrecision: { in: ['city', 'site'] }, placeName: { not: 'Marked location' } } });
    expect(inKorea / N).toBeGreaterThan(0.6);
    expect(inKorea / N).toBeLessThan(0.8);
    expect(await prisma.incident.count({ where: { locationPrecision: 'province' } })).toBeGreaterThan(0);
    expect(await prisma.incident.count({ where: { locationPrecision: 'unknown', lat: null } })).toBeGreaterThan(0);
    expect(await prisma.incident.count({ where: { placeName: 'Marked location', lat: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.incident.count({ where: { dateStart: null } })).toBeGreaterThan(0);
    const oldest = await prisma.incident.findFirst({ where: { dateStart: { not: null } }, orderBy: { dateStart: 'asc' } });
    expect(oldest!.dateStart! >= '2000-01-01').toBe(true);
    const types = await prisma.incident.groupBy({ by: ['type'], _count: { _all: true } });
    const counts = types.map((t) => t._count._all).sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(3 * counts[counts.length - 1]); // skewed, not uniform
  });

  it('leaves aggregates that sum to the shown incidents', async () => {
    const month = await prisma.incidentMonthCount.aggregate({ _sum: { n: true } });
    const week = await prisma.incidentWeekCount.aggregate({ _sum: { n: true } });
    const place = await prisma.incidentPlaceCount.aggregate({ _sum: { n: true } });
    const point = await prisma.incidentPointCount.aggregate({ _sum: { n: true } });
    // The aggregates count shown incidents only (auto and reviewed).
    const shown = { status: { in: ['auto', 'reviewed'] } };
    const visible = await prisma.incident.count({ where: shown });
    expect(month._sum.n).toBe(visible);
    expect(week._sum.n).toBe(visible);
    const placed = await prisma.incident.count({ where: { ...shown, lat: { not: null }, lon: { not: null } } });
    expect(place._sum.n).toBe(placed);
    expect(point._sum.n).toBe(placed);
  });

  it('leaves planner statistics, so the map id look-up goes through the (lat, lon, type, dateStart) index', async () => {
    if (db.kind === 'postgresql') {
      const [row] = await prisma.$queryRawUnsafe<{ analyzed: boolean }[]>(
        `SELECT last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE relname = 'Incident'`,
      );
      expect(row.analyzed).toBe(true);
      return;
    }
    const stats = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*) AS n FROM sqlite_stat1 WHERE tbl = 'Incident'`);
    expect(Number(stats[0].n)).toBeGreaterThan(0);
    // The shape lib/markers/find-feature-incidents.ts sends: the filter (here a type and a province, which have
    // indexes of their own) AND an OR of exact points × types.
    const plan = await prisma.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT "id" FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "type" IN ('arrest')
        AND "admin1" IN ('North Hamgyong')
        AND (("lat" = 41.7956 AND "lon" = 129.7758 AND "type" = 'arrest') OR ("lat" = 41.8 AND "lon" = 129.78 AND "type" = 'arrest'))
        ORDER BY "id" LIMIT 1000`,
    );
    const detail = plan.map((p) => p.detail).join('\n');
    expect(detail).toContain('Incident_lat_lon_type_dateStart_idx (lat=? AND lon=? AND type=?)');
    expect(detail).not.toMatch(/Incident_(type|admin1)_dateStart_id_idx/);
  });
});
