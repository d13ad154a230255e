import { describe, expect, it } from 'vitest';
import { parseIncidentQuery } from '@/lib/api/incident-query';
import { EMPTY_FILTER } from '@/lib/incidents/filter';

const parse = (query: string) => parseIncidentQuery(new URLSearchParams(query));
const error = (query: string) => {
  const result = parse(query);
  return result.ok ? null : result.error;
};

describe('API query parameters (strict)', () => {
  it('reads every filter parameter into the shared filter', () => {
    const result = parse('type=arrest,trial&from=2024-01&to=2024-06-30&province=KP-10,Rason&q=%20phone%20&tag=smuggling&outlet=daily-nk&status=reviewed&by=week&limit=25&cursor=90');
    expect(result).toEqual({
      ok: true,
      filter: {
        types: ['arrest', 'trial'],
        from: '2024-01',
        to: '2024-06-30',
        provinces: ['ryanggang', 'rason'],
        q: 'phone',
        tags: ['smuggling'],
        outlets: ['daily-nk'],
        status: 'reviewed',
      },
      query: expect.objectContaining({ by: 'week', limit: 25, cursor: 90 }),
    });
  });

  it('takes every review status, rejected ones included', () => {
    for (const status of ['reviewed', 'auto', 'rejected', 'all'] as const) {
      const result = parse(`status=${status}`);
      expect(result.ok && result.filter.status).toBe(status);
    }
  });

  it('an empty query is the empty filter', () => {
    const result = parse('');
    expect(result.ok && result.filter).toEqual(EMPTY_FILTER);
  });

  it('refuses `__proto__` like any other unknown key', () => {
    expect(error('__proto__=1')).toMatch(/unknown parameter `__proto__`/);
    expect(error('constructor=1')).toMatch(/unknown parameter `constructor`/);
    expect(error('toString=1')).toMatch(/unknown parameter/);
    expect(error('evil=1')).toMatch(/unknown parameter `evil`/);
  });

  it('takes limit and cursor only as plain decimal digits', () => {
    for (const bad of ['0x10', '0b11', '0o7', '1e3', ' 5 ', '5 ', '+5', '-1', '1.0', '', 'abc', '0', '1001', '99999999999']) {
      expect(error(`limit=${encodeURIComponent(bad)}`), `limit=${JSON.stringify(bad)}`).toMatch(/^`limit`: /);
    }
    expect(error('cursor=1e3')).toMatch(/^`cursor`: /);
    for (const good of ['1', '16', '1000', '007']) {
      const result = parse(`limit=${good}`);
      expect(result.ok && result.query.limit).toBe(Number(good));
    }
  });

  it('names the parameter that is wrong', () => {
    expect(error('type=arrest,bogus')).toMatch(/^`type`/);
    expect(error('province=atlantis')).toMatch(/^`province`/);
    expect(error('from=2023-02-29')).toMatch(/^`from`/);
    expect(error('status=everything')).toMatch(/^`status`/);
    expect(error('by=decade')).toMatch(/^`by`/);
    expect(error('tag=<b>')).toMatch(/^`tag`/);
    expect(error('from=2024-05&to=2024-01')).toMatch(/after/);
    expect(error('type=arrest&type=trial')).toMatch(/more than once/);
    expect(error(`q=${'x'.repeat(201)}`)).toMatch(/^`q`/);
  });

  it('accepts the dashboard-only parameters so a dashboard link works unchanged', () => {
    expect(parse('map=7/41.80/129.78&incident=42&page=2&by=year').ok).toBe(true);
  });
});
