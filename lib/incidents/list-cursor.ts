/**
 * Where a page of the incident list starts, as a key of the list's order rather than a row offset, so the
 * database seeks to it through the (dateStart, id) index instead of reading and skipping every row before it.
 *
 * The list's order: dated incidents by dateStart then id, both descending; then undated ones by id
 * descending. A key names one row's place in that order; `after` a key reads the next (older) rows,
 * `before` a key the previous (newer) ones.
 *
 * In URLs a key is written `<dateStart>_<id>`, or `_<id>` for an undated incident:
 *   after=2024-05-01_1234   the rows that come after incident 1234 of 2024-05-01
 *   before=_77              the rows that come before the undated incident 77
 */
export type ListKey = { date: string | null; id: number };
export type ListCursor = ListKey & { dir: 'after' | 'before' };

const KEY = /^(\d{4}-\d{2}-\d{2})?_([1-9]\d{0,9})$/;
const MAX_ID = 2_147_483_647;

/** A key as written in URLs, or null when it is not one. */
export function parseListKey(value: string | null | undefined): ListKey | null {
  const match = value ? KEY.exec(value) : null;
  if (!match) return null;
  const id = Number(match[2]);
  return id <= MAX_ID ? { date: match[1] ?? null, id } : null;
}

export function formatListKey({ date, id }: ListKey): string {
  return `${date ?? ''}_${id}`;
}

/** The cursor from `after=` / `before=` (after wins when both are given), or null. */
export function readListCursor(get: (name: 'after' | 'before') => string | null): ListCursor | null {
  for (const dir of ['after', 'before'] as const) {
    const key = parseListKey(get(dir));
    if (key) return { dir, ...key };
  }
  return null;
}

/** Rows are in list order: newest dated first, undated last. Used by tests and by the page's own checks. */
export function compareListKeys(a: ListKey, b: ListKey): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return b.id - a.id;
}
