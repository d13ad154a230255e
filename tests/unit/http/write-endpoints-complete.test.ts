// Keeps the list the auth e2e tests walk (tests/e2e/write-endpoints.ts: anonymous 401, wrong role 403,
// cross-site 403, fuzzed bodies) complete: every route handler under app/ that can change data must be in it,
// and must change data only through POST, the method those tests send.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WRITE_ENDPOINTS } from '../../e2e/write-endpoints';

const APP = path.resolve(__dirname, '../../../app');
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

/** The exported HTTP methods of a route module, read from its source. */
function exportedMethods(source: string): string[] {
  return [...source.matchAll(/export\s+(?:async\s+function|const|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)].map((m) => m[1]);
}

/** `app/api/review/incidents/[id]/route.ts` → a pattern matching `/api/review/incidents/1`. */
function urlPattern(file: string): RegExp {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
  const body = segments.map((s) => (/^\[.+\]$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|\\]/g, '\\$&'))).join('/');
  return new RegExp(`^/${body}$`);
}

describe('the write-endpoint list of the auth tests', () => {
  const writers = routeFiles(APP)
    .map((file) => ({ file: path.relative(APP, file), pattern: urlPattern(file), methods: exportedMethods(readFileSync(file, 'utf8')) }))
    .filter((r) => r.methods.some((m) => WRITE_METHODS.includes(m)))
    // Sign-in and sign-out: better-auth's own routes, covered by auth.spec.ts and the cross-site test.
    .filter((r) => !r.file.startsWith(path.join('api', 'auth')));

  it('finds the data-changing routes', () => {
    expect(writers.length).toBeGreaterThanOrEqual(8);
  });

  it('names every one of them, and they change data through POST only', () => {
    for (const route of writers) {
      expect(WRITE_ENDPOINTS.some((e) => route.pattern.test(e.path)), `${route.file} is missing from tests/e2e/write-endpoints.ts`).toBe(true);
      expect(route.methods.filter((m) => WRITE_METHODS.includes(m)), route.file).toEqual(['POST']);
    }
  });
});
