// The `status` filter on the real read paths: the dashboard's counts (from the aggregate tables and from the
// incident table), its markers and list, and the export. Rejected incidents stay out unless asked for; merged
// ones never show. Expected numbers come from the rows this test writes, not from the query code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { EMPTY_FILTER, type IncidentFilter, type StatusFilter } from '@/lib/incidents/filter';
import { saveArticle } from '@/lib/incidents/save-article';
import type { IncidentStatus } from '@/lib/taxonomy';
import type { getIncidentStats as GetIncidentStats } from '@/lib/incidents/get-incident-stats';
import type { getMapMarkers as GetMapMarkers } from '@/lib/markers/get-map-markers';
import type { readExportPages as ReadExportPages } from '@/lib/export/read-export-pages';
import { createFreshDatabase } from '../support/fresh-database';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let read: {
  stats: typeof GetIncidentStats;
  markers: typeof GetMapMarkers;
  exportPages: typeof ReadExportPages;
};

const WRITTEN: IncidentStatus[] = ['auto', 'auto', 'auto', 'reviewed', 'reviewed', 'rejected', 'rejected', 'rejected', 'rejected', 'merged'];
const expected: Record<StatusFilter | 'default', number> = { default: 5, reviewed: 2, auto: 3, rejected: 4, all: 9 };

beforeAll(async () => {
  db = createFreshDatabase('status-filter');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
  await saveArticle(prisma, {
    title: 'Arrests and a trial in Hyesan', outlet: null, url: null, publishedAt: null, contentHash: 'status-filter', text: null, sourcePath: null,
    incidents: WRITTEN.map((status, i) => ({
      type: i % 2 ? 'arrest' : 'trial', tags: [], summary: `Incident number ${i} in Hyesan.`, evidence: '', status,
      placeName: 'Hyesan', admin1: 'Ryanggang', country: 'KP', lat: 41.4, lon: 128.18, locationPrecision: 'city',
      date: '2024-03-1' + (i % 10), datePrecision: 'day', actors: [], confidence: 0.5,
    })) as never,
  });
  read = {
    stats: (await import('@/lib/incidents/get-incident-stats')).getIncidentStats,
    markers: (await import('@/lib/markers/get-map-markers')).getMapMarkers,
    exportPages: (await import('@/lib/export/read-export-pages')).readExportPages,
  };
});

afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: app } = await import('@/lib/db');
  await app.$disconnect();
  db.remove();
});

async function countExported(filter: IncidentFilter): Promise<{ n: number; statuses: Set<string> }> {
  let n = 0;
  const statuses = new Set<string>();
  for await (const page of read.exportPages(filter, 'http://localhost')) {
    n += page.length;
    for (const r of page) statuses.add(r.status);
  }
  return { n, statuses };
}

describe('the status filter', () => {
  for (const status of [null, 'reviewed', 'auto', 'rejected', 'all'] as const) {
    it(`status=${status ?? '(unset)'} counts, maps and exports the same incidents`, async () => {
      const want = expected[status ?? 'default'];
      const filter: IncidentFilter = { ...EMPTY_FILTER, status };
      // From the aggregate tables, and (a text filter they cannot answer) from the incident table.
      expect((await read.stats(filter, 'month')).total).toBe(want);
      expect((await read.stats({ ...filter, q: 'hyesan' }, 'month')).total).toBe(want);
      const markers = await read.markers(filter);
      expect(markers.reduce((n, m) => n + m.count, 0)).toBe(want);
      const exported = await countExported(filter);
      expect(exported.n).toBe(want);
      expect(exported.statuses.has('merged')).toBe(false);
      expect(exported.statuses.has('rejected')).toBe(status === 'rejected' || status === 'all');
    });
  }
});
