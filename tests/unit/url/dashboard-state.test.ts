import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import {
  DEFAULT_STATE,
  encodeDashboardState,
  hasActiveFilters,
  parseDashboardState,
  toDashboardHref,
  type DashboardState,
} from '@/lib/url/dashboard-state';

const parse = (query: string) => parseDashboardState(new URLSearchParams(query));

describe('dashboard URL codec', () => {
  it('decodes the documented example of every parameter', () => {
    const state = parse(
      'type=arrest,trial&from=2024-01&to=2024-06&province=north-hamgyong&q=phone&tag=foreign_phone&outlet=daily-nk&status=reviewed&map=7/41.80/129.78&incident=42&by=week&page=3&after=2024-03-01_981&lang=ko',
    );
    expect(state).toEqual<DashboardState>({
      types: ['arrest', 'trial'],
      from: '2024-01',
      to: '2024-06',
      provinces: ['north-hamgyong'],
      q: 'phone',
      tags: ['foreign_phone'],
      outlets: ['daily-nk'],
      status: 'reviewed',
      map: { zoom: 7, lat: 41.8, lon: 129.78 },
      incident: 42,
      by: 'week',
      page: 3,
      cursor: { dir: 'after', date: '2024-03-01', id: 981 },
      lang: 'ko',
    });
  });

  it('round-trips: encode(parse(x)) is stable and parse(encode(s)) gives s back', () => {
    const states: DashboardState[] = [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, types: ['defection', 'repatriation'], from: '2023-11-02', provinces: ['rason', 'ryanggang'] },
      { ...DEFAULT_STATE, q: 'rice & 50% off, "quoted" / slashed', tags: ['smuggling'], by: 'year' },
      { ...DEFAULT_STATE, map: { zoom: 9, lat: -3.5, lon: 129.05 }, incident: 7, page: 2, status: 'reviewed' },
      { ...DEFAULT_STATE, status: 'rejected' },
      { ...DEFAULT_STATE, status: 'all', types: ['arrest'] },
      { ...DEFAULT_STATE, page: 4, cursor: { dir: 'before', date: null, id: 77 } },
    ];
    for (const state of states) {
      const query = encodeDashboardState(state);
      expect(parse(query)).toEqual(state);
      expect(encodeDashboardState(parse(query))).toBe(query);
    }
  });

  it('reads list cursors strictly and drops them on a filter or bare page change', () => {
    expect(parse('page=2&before=_12').cursor).toEqual({ dir: 'before', date: null, id: 12 });
    for (const bad of ['after=2024-3-1_5', 'after=2024-03-01_0', 'after=2024-03-01', 'before=_-3', 'after=_99999999999', 'after=x_1']) {
      expect(parse(bad).cursor).toBeNull();
    }
    const paged = parse('type=arrest&page=3&after=2024-03-01_981');
    expect(toDashboardHref(paged, { incident: 4 })).toBe('/?type=arrest&incident=4&page=3&after=2024-03-01_981');
    expect(toDashboardHref(paged, { types: ['trial'] })).toBe('/?type=trial');
    expect(toDashboardHref(paged, { page: 5 })).toBe('/?type=arrest&page=5');
    expect(toDashboardHref(paged, { page: 4, cursor: { dir: 'after', date: '2023-01-02', id: 3 } })).toBe('/?type=arrest&page=4&after=2023-01-02_3');
  });

  it('leaves defaults out of the URL', () => {
    expect(encodeDashboardState(DEFAULT_STATE)).toBe('');
    expect(encodeDashboardState({ ...DEFAULT_STATE, by: 'month', page: 1 })).toBe('');
    expect(encodeDashboardState({ ...DEFAULT_STATE, types: [...INCIDENT_TYPES] })).toBe('');
    expect(toDashboardHref(DEFAULT_STATE)).toBe('/');
  });

  it('writes keys in one order and lists readably', () => {
    const query = encodeDashboardState({ ...DEFAULT_STATE, incident: 5, types: ['trial', 'arrest'], from: '2024-02' });
    expect(query).toBe('type=trial,arrest&from=2024-02&incident=5');
    expect(parse(query).types).toEqual(['arrest', 'trial']); // canonical taxonomy order once parsed
  });

  it('is lenient: junk is dropped, never thrown', () => {
    const state = parse(
      'type=<script>alert(1)</script>,arrest,arrest&from=notadate&to=2024-02-30&map=999/x/y&incident=abc&by=decade&page=-3&province=atlantis,Rason&tag=<b>&outlet=x%20y&status=everything&evil=1',
    );
    expect(state).toEqual({ ...DEFAULT_STATE, types: ['arrest'], provinces: ['rason'] });
  });

  it('reads only its own keys, and only strings, whatever the query object holds', () => {
    // What `/?__proto__=1&map=1` can turn into: an object whose prototype is an array, so that a plain
    // `params.map` is Array.prototype.map.
    const poisoned = Object.create(Array.prototype) as Record<string, unknown>;
    Object.defineProperty(poisoned, '__proto__', { value: '1', enumerable: true });
    expect(parseDashboardState(poisoned)).toEqual(DEFAULT_STATE);
    expect(parseDashboardState({ ...poisoned, map: '7/41.80/129.78' }).map).toEqual({ zoom: 7, lat: 41.8, lon: 129.78 });
    const inherited = Object.create({ type: 'arrest', q: 'phone' }) as Record<string, unknown>;
    expect(parseDashboardState(inherited)).toEqual(DEFAULT_STATE);
    const odd = { type: [42, 'trial', { toString: () => 'arrest' }], q: 7, map: ['7/40/127', null], page: { trim: 1 } };
    expect(parseDashboardState(odd)).toEqual({ ...DEFAULT_STATE, types: ['trial'], map: { zoom: 7, lat: 40, lon: 127 } });
  });

  it('accepts repeated parameters and province names, ISO codes and aliases', () => {
    expect(parse('type=arrest&type=trial').types).toEqual(['arrest', 'trial']);
    expect(parse('province=North%20Hamgyong%20Province,KP-10,Nason').provinces).toEqual(['north-hamgyong', 'ryanggang', 'rason']);
  });

  it('rejects out-of-range map views and impossible dates', () => {
    expect(parse('map=2/40/127').map).toBeNull();
    expect(parse('map=7/91/127').map).toBeNull();
    expect(parse('map=7/40/181').map).toBeNull();
    expect(parse('map=7/40.1234567/127').map).toBeNull();
    expect(parse('from=2023-02-29').from).toBeNull();
    expect(parse('from=2024-02-29').from).toBe('2024-02-29');
  });

  it('drops a `to` that is before `from`, and caps a long query', () => {
    expect(parse('from=2024-05&to=2024-01')).toMatchObject({ from: '2024-05', to: null });
    expect(parse(`q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });

  it('goes back to page 1 when a filter changes, but not when the map moves', () => {
    const state = { ...DEFAULT_STATE, page: 4 };
    expect(toDashboardHref(state, { types: ['arrest'] })).toBe('/?type=arrest');
    expect(toDashboardHref(state, { map: { zoom: 6, lat: 40, lon: 127 } })).toBe('/?map=6/40.00/127.00&page=4');
  });

  it('knows which states filter', () => {
    expect(hasActiveFilters(DEFAULT_STATE)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_STATE, map: { zoom: 6, lat: 1, lon: 2 }, incident: 3 })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_STATE, status: 'reviewed' })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_STATE, status: 'all' })).toBe(true);
  });
});
