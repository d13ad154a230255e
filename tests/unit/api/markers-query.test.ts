import { describe, expect, it } from 'vitest';
import { parseMarkersQuery } from '@/lib/api/markers-query';
import { EMPTY_FILTER } from '@/lib/incidents/filter';

const parse = (query: string) => parseMarkersQuery(new URLSearchParams(query));
const error = (query: string) => {
  const result = parse(query);
  return result.ok ? null : result.error;
};
const BOX = 'bbox=124.5,37.5,130.75,43&zoom=7';

describe('GET /api/markers query (strict)', () => {
  it('reads the box, the zoom and the filter', () => {
    expect(parse(`${BOX}&type=arrest&province=KP-10&from=2024-01`)).toEqual({
      ok: true,
      query: { bbox: [124.5, 37.5, 130.75, 43], zoom: 7, filter: { ...EMPTY_FILTER, types: ['arrest'], provinces: ['ryanggang'], from: '2024-01' } },
    });
  });

  it('accepts a dashboard query string unchanged', () => {
    expect(parse(`${BOX}&map=41.5,129.2,8&page=2&lang=ko&by=week`).ok).toBe(true);
  });

  it.each([
    ['zoom=7', '`bbox` is required'],
    ['bbox=124,37,131,43', '`zoom` is required'],
    [`${BOX}&bbox=1,2,3,4`, '`bbox` is given more than once'],
    ['bbox=124,37,131&zoom=7', '`bbox`'],
    ['bbox=124,37,131,43,5&zoom=7', '`bbox`'],
    ['bbox=1e2,37,131,43&zoom=7', '`bbox`'],
    ['bbox=0x10,37,131,43&zoom=7', '`bbox`'],
    ['bbox=124,37,,43&zoom=7', '`bbox`'],
    ['bbox=Infinity,37,131,43&zoom=7', '`bbox`'],
    ['bbox=131,37,124,43&zoom=7', 'west must be less than east'],
    ['bbox=124,43,131,37&zoom=7', 'south less than north'],
    ['bbox=124,37,181,43&zoom=7', 'longitudes must lie'],
    ['bbox=124,-91,131,43&zoom=7', 'latitudes'],
    ['bbox=124,37,131,43&zoom=23', '`zoom`'],
    ['bbox=124,37,131,43&zoom=-1', '`zoom`'],
    ['bbox=124,37,131,43&zoom=7.5', '`zoom`'],
    [`${BOX}&limit=10`, 'not paged'],
    [`${BOX}&cursor=10`, 'not paged'],
    [`${BOX}&type=nonsense`, '`type`'],
    [`${BOX}&__proto__=1`, 'unknown parameter'],
    [`${BOX}&from=2024-05&to=2024-01`, 'after'],
  ])('refuses %s with a message', (query, message) => {
    expect(error(query)).toContain(message);
  });
});
