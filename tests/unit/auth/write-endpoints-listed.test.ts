// Every route handler that changes data is in tests/e2e/write-endpoints.ts, so auth-guards.spec.ts proves its
// 401, 403 and cross-site refusal; and no server action exists outside that list.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WRITE_ENDPOINTS } from '../../e2e/write-endpoints';

const WRITE_EXPORT = /export\s+(async\s+)?(function|const)\s+(POST|PUT|PATCH|DELETE)\b/;
// better-auth's own handler: sign-in is public by nature; auth.spec.ts tests its cross-site refusal and limits.
const AUTH_ROUTE = 'app/api/auth/[...all]/route.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

/** `app/api/review/merge/[id]/undo/route.ts` → a pattern that `/api/review/merge/1/undo` matches. */
function toRoutePattern(file: string): RegExp {
  const route = path.dirname(file).slice('app'.length).split(path.sep).join('/');
  const source = route.replace(/\[\.\.\.[^\]]+\]/g, '.+').replace(/\[[^\]]+\]/g, '[^/]+');
  return new RegExp(`^${source}$`);
}

describe('write endpoints', () => {
  const files = listFiles('app').filter((f) => /route\.tsx?$/.test(f));
  const writers = files.filter((f) => WRITE_EXPORT.test(readFileSync(f, 'utf8')) && f.split(path.sep).join('/') !== AUTH_ROUTE);

  it('finds the write routes', () => {
    expect(writers.length).toBeGreaterThanOrEqual(WRITE_ENDPOINTS.length);
  });

  it('lists every route that changes data, and nothing else', () => {
    for (const file of writers) {
      expect(WRITE_ENDPOINTS.some((e) => toRoutePattern(file).test(e.path)), file).toBe(true);
    }
    for (const endpoint of WRITE_ENDPOINTS) {
      expect(writers.some((f) => toRoutePattern(f).test(endpoint.path)), endpoint.path).toBe(true);
    }
  });

  it('has no server actions, which would bypass the list', () => {
    const sources = ['app', 'components', 'lib'].flatMap(listFiles).filter((f) => /\.tsx?$/.test(f));
    const actions = sources.filter((f) => /^\s*['"]use server['"]/m.test(readFileSync(f, 'utf8')));
    expect(actions).toEqual([]);
  });
});
