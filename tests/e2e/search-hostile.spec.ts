import { expect, test } from './fixtures';
import { fetchStats } from './api-helpers';

/**
 * Text search with what FTS5, LIKE or SQL could read as syntax (SQLite answers q= from an FTS5 index whose
 * query language has operators): every widget endpoint answers 200 with a consistent answer, or 400 with a
 * message, and never 5xx; the page renders. Against the production server and its real database.
 */
const HOSTILE = [
  '"', '""', '"hyesan"', 'hyesan"', '" OR "', 'a AND b', 'NEAR(hyesan police, 3)', 'NOT police', 'poli*', '*', '-police', '^police',
  'summary:police', '{summary searchText}: police', '(((', ')', 'police OR', '%%%', '_%_', '\\', "'; DROP TABLE \"Incident\"; --",
  'x'.repeat(200), '평양"', '\u0000abc', 'ab',
];

test('hostile text searches give results or a clear 400, never a server error', async ({ request }) => {
  const all = (await fetchStats(request)).total;
  for (const q of HOSTILE) {
    const encoded = `q=${encodeURIComponent(q)}`;
    const stats = await request.get(`/api/stats?${encoded}`);
    if (stats.status() === 400) {
      expect(typeof (await stats.json()).error, q).toBe('string');
      continue;
    }
    expect(stats.status(), q).toBe(200);
    const { total, byType } = (await stats.json()) as { total: number; byType: Record<string, number> };
    expect(total, q).toBeLessThanOrEqual(all);
    expect(Object.values(byType).reduce((s, n) => s + n, 0), q).toBe(total);
    for (const path of ['/api/incidents?limit=5&', '/api/list?', '/api/markers?bbox=124,37.5,131,43&zoom=7&']) {
      const res = await request.get(`${path}${encoded}`);
      expect(res.status(), `${path}${encoded}`).toBe(200);
    }
    const page = await request.get(`/?${encoded}`);
    expect(page.status(), q).toBe(200);
  }
  // An operator-looking query is a literal string: `*` alone or `"` alone can only match text containing it.
  expect((await fetchStats(request, `q=${encodeURIComponent('" OR "')}`)).total).toBe(0);
});
