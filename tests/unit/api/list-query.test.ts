import { describe, expect, it } from 'vitest';
import { parseListPosition } from '@/lib/api/list-query';
import { parseIncidentQuery } from '@/lib/api/incident-query';
import { compareListKeys, formatListKey, parseListKey } from '@/lib/incidents/list-cursor';

const parse = (query: string) => parseListPosition(new URLSearchParams(query));

describe('GET /api/list page parameters', () => {
  it('reads a page number and one cursor', () => {
    expect(parse('')).toEqual({ ok: true, position: { page: 1, cursor: null } });
    expect(parse('page=3&after=2024-05-01_1234')).toEqual({ ok: true, position: { page: 3, cursor: { dir: 'after', date: '2024-05-01', id: 1234 } } });
    expect(parse('before=_77')).toEqual({ ok: true, position: { page: 1, cursor: { dir: 'before', date: null, id: 77 } } });
    // The filter parser accepts the list's own parameters, as it does `page`.
    expect(parseIncidentQuery(new URLSearchParams('type=arrest&page=2&after=2024-05-01_3')).ok).toBe(true);
  });

  it('refuses malformed or conflicting cursors with a message', () => {
    for (const bad of ['page=0', 'page=x', 'after=2024-05-01', 'after=2024-5-1_3', 'before=_0', 'after=_1e3', 'after=__1', 'after=_3&before=_4']) {
      const result = parse(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/`(page|after|before)`/);
    }
  });

  it('writes keys that read back, ordered newest first with undated last', () => {
    for (const key of [{ date: '2024-05-01', id: 9 }, { date: null, id: 2_147_483_647 }]) expect(parseListKey(formatListKey(key))).toEqual(key);
    expect(parseListKey('_2147483648')).toBeNull();
    const keys = [{ date: null, id: 5 }, { date: '2020-01-01', id: 1 }, { date: '2024-01-01', id: 2 }, { date: '2024-01-01', id: 8 }, { date: null, id: 9 }];
    expect([...keys].sort(compareListKeys)).toEqual([keys[3], keys[2], keys[1], keys[4], keys[0]]);
  });
});
