// Property: q= served by the index (SQLite: FTS5 trigram, through lib/db/route-search-sql.ts; PostgreSQL:
// pg_trgm) returns exactly the rows a plain scan of the folded text returns, for random texts and random
// queries full of what could be misread: accents, case, `%`, `_`, `\`, quotes, FTS5 operators (AND, OR,
// NOT, NEAR, `*`, `-`, `^`, `:`, parentheses), Hangul. Real database, real Prisma, rows written as ingest does.
// The dashboard's stats for the same q= (their counts come from one grouped statement, count-search-stats.ts)
// count the same rows.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import { EMPTY_FILTER } from '@/lib/incidents/filter';
import type * as Stats from '@/lib/incidents/get-incident-stats';
import { foldSearchText } from '@/lib/incidents/search-text';
import { toIncidentRow } from '@/lib/incidents/to-incident-row';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';
import { createFreshDatabase, type TestDatabase } from '../support/fresh-database';

let db: TestDatabase;
let prisma: PrismaClient;
let stats: typeof Stats;

beforeAll(async () => {
  db = createFreshDatabase('search-property');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
  stats = await import('@/lib/incidents/get-incident-stats');
});

afterAll(async () => {
  await prisma?.$disconnect();
  const { prisma: app } = await import('@/lib/db');
  await app.$disconnect();
  db?.remove();
});

const base: ExtractedIncident = {
  type: 'arrest', tags: [], summary: '', evidence: '', date: '2024-03-01', datePrecision: 'day', placeName: null, admin1: null,
  country: 'KP', lat: null, lon: null, locationPrecision: 'unknown', actors: [], confidence: 0.5,
};

const PIECES = [
  'Hamgyŏng', 'HAMGYONG', 'hyesan', 'Ré', 'rice', '50%', '%%', '_', 'leak_list', 'c:\\temp', '\\%', '"', 'say "hi"', "'",
  'AND', 'OR', 'NOT', 'NEAR', 'NEAR(a b)', '*', 'ric*', '-', '^', ':', 'summary:', '(', ')', '+', '회령', '혜산시', ' ', 'ÉÈ',
];
const arbText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));

/** A query: a piece of a stored text (so that some rows match), case-flipped at random, or a fresh random text. */
const arbQuery = (texts: string[]) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([t, at, len, upper]) => {
      const piece = [...t].slice(at % Math.max(1, t.length), (at % Math.max(1, t.length)) + len).join('');
      return upper ? piece.toUpperCase() : piece;
    }),
    arbText,
    // NUL only in queries: PostgreSQL cannot store it, and the folding drops it from both sides.
    fc.constantFrom('\u0000', 'a\u0000bc', '\u0000hamgyong'),
  );

describe('text search, indexed = scanned', () => {
  it('returns exactly the rows whose folded text contains the folded query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbText, { minLength: 1, maxLength: 8 }).chain((texts) => fc.tuple(fc.constant(texts), fc.array(arbQuery(texts), { minLength: 1, maxLength: 4 }))),
        async ([texts, queries]) => {
          await prisma.incident.deleteMany();
          // Two types, so the stats' type facet has something to tell apart.
          for (const [i, summary] of texts.entries()) {
            await prisma.incident.create({ data: toIncidentRow({ ...base, summary, type: i % 2 ? 'trial' : 'arrest' }, []) });
          }
          const stored = await prisma.incident.findMany({ select: { id: true, searchText: true, type: true } });
          for (const q of queries) {
            const folded = foldSearchText(q);
            const scanned = stored.filter((r) => r.searchText.includes(folded)).map((r) => r.id).sort((a, b) => a - b);
            const found = await prisma.incident.findMany({ where: buildIncidentWhere({ ...EMPTY_FILTER, q }), select: { id: true }, orderBy: { id: 'asc' } });
            expect(found.map((r) => r.id), JSON.stringify(q)).toEqual(scanned);
            expect(await prisma.incident.count({ where: buildIncidentWhere({ ...EMPTY_FILTER, q }) })).toBe(scanned.length);
            // An empty q is no search: the stats would read the aggregate tables, which rows created directly skip.
            if (!q) continue;
            const trials = stored.filter((r) => r.type === 'trial' && r.searchText.includes(folded)).length;
            const view = await stats.getIncidentStats({ ...EMPTY_FILTER, q, types: ['trial'] }, 'month');
            expect([view.total, view.typeFacet.trial, view.typeFacet.arrest], JSON.stringify(q)).toEqual([trials, trials, scanned.length - trials]);
            expect(view.unplaced, JSON.stringify(q)).toBe(trials);
          }
        },
      ),
      { numRuns: db.kind === 'postgresql' ? 25 : 60 },
    );
  });
});
