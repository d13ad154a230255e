import { readListCursor, parseListKey } from '@/lib/incidents/list-cursor';
import type { ListPosition } from '@/lib/incidents/list-incidents';

export type ParsedListPosition = { ok: true; position: ListPosition } | { ok: false; error: string };

/**
 * GET /api/list's page parameters, strictly: `page` (from 1) and at most one of `after=` / `before=`, each a
 * row key (`2024-05-01_1234`, or `_77` for an undated incident; lib/incidents/list-cursor).
 */
export function parseListPosition(params: URLSearchParams): ParsedListPosition {
  const rawPage = params.get('page');
  if (rawPage !== null && !/^[1-9]\d{0,5}$/.test(rawPage)) return { ok: false, error: '`page`: expected a whole number from 1' };
  for (const name of ['after', 'before'] as const) {
    const raw = params.get(name);
    if (raw !== null && !parseListKey(raw)) return { ok: false, error: `\`${name}\`: expected a row key such as 2024-05-01_1234 or _77` };
  }
  if (params.has('after') && params.has('before')) return { ok: false, error: '`after` and `before`: give one of them' };
  return { ok: true, position: { page: rawPage ? Number(rawPage) : 1, cursor: readListCursor((name) => params.get(name)) } };
}
