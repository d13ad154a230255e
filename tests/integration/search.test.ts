// Text search on the real database (SQLite, and PostgreSQL in that Vitest project): case- and
// accent-insensitive, `%` and `_` literal (issue 11 item 5: `q=%%%` matched everything), and on
// PostgreSQL served by the pg_trgm index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { EMPTY_FILTER } from '@/lib/incidents/filter';
import { toIncidentRow } from '@/lib/incidents/to-incident-row';
import { createFreshDatabase, type TestDatabase } from '../support/fresh-database';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

let db: TestDatabase;
let prisma: PrismaClient;

const base: ExtractedIncident = {
  type: 'arrest',
  tags: [],
  summary: '',
  evidence: '',
  date: '2024-03-01',
  datePrecision: 'day',
  placeName: null,
  admin1: null,
  country: 'KP',
  lat: null,
  lon: null,
  locationPrecision: 'unknown',
  actors: [],
  confidence: 0.5,
};

const SUMMARIES = {
  accented: 'Two traders held in Hamgyŏng after a raid',
  percent: 'Rice prices rose 50% in a week',
  underscore: 'A file named leak_list was found',
  plain: 'Smugglers detained near the river',
  backslash: 'A note read C:\\temp',
};

beforeAll(async () => {
  db = createFreshDatabase('search');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
  for (const summary of Object.values(SUMMARIES)) {
    await prisma.incident.create({ data: toIncidentRow({ ...base, summary }, ['A source title']) });
  }
});

afterAll(async () => {
  await prisma?.$disconnect();
  db?.remove();
});

async function search(q: string): Promise<string[]> {
  const rows = await prisma.incident.findMany({
    where: buildIncidentWhere({ ...EMPTY_FILTER, q }),
    select: { summary: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => r.summary);
}

describe('text search', () => {
  it('ignores case and accents, in the text and in the query', async () => {
    expect(await search('hamgyong')).toEqual([SUMMARIES.accented]);
    expect(await search('HAMGYŎNG')).toEqual([SUMMARIES.accented]);
    expect(await search('SMUGGLERS')).toEqual([SUMMARIES.plain]);
  });

  it('treats % and _ as literal characters, never as wildcards', async () => {
    expect(await search('%%%')).toEqual([]);
    expect(await search('%')).toEqual([SUMMARIES.percent]);
    expect(await search('50%')).toEqual([SUMMARIES.percent]);
    expect(await search('_')).toEqual([SUMMARIES.underscore]);
    expect(await search('leak_list')).toEqual([SUMMARIES.underscore]);
    expect(await search('leak_l_st')).toEqual([]);
    expect(await search('r_ce')).toEqual([]);
  });

  it('treats a backslash as a literal character too', async () => {
    expect(await search('c:\\temp')).toEqual([SUMMARIES.backslash]);
    expect(await search('\\%')).toEqual([]);
  });

  it('matches words from the source titles as well', async () => {
    expect(await search('source title')).toHaveLength(Object.keys(SUMMARIES).length);
  });

  it('is served by the trigram index on PostgreSQL', async () => {
    if (db.kind !== 'postgresql') return;
    const plan = await prisma.$transaction(async (tx) => {
      // Seq scans off: the question is whether the index CAN answer the query, not whether the planner
      // prefers it on a five-row table.
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT id FROM "Incident" WHERE "searchText" LIKE '%' || $1 || '%'`,
        'hamgyong',
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Incident_searchText_trgm_idx/);
  });
});
