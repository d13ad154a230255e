/**
 * The dashboard's whole state, to and from the URL: the incident filter (lib/incidents/filter, whose item
 * schemas decide what is valid) plus the view. Components build links with `toDashboardHref` and pages read
 * with `parseDashboardState`.
 *
 * Decoding is lenient (a shared link never fails): unknown keys, unknown values and malformed values are
 * dropped. Encoding omits defaults and writes keys in one fixed order, so equal states give equal URLs.
 *
 * @example decode
 *   parseDashboardState(new URLSearchParams('type=arrest,bogus&from=2024-01&map=7/41.80/129.78&incident=42'))
 *   // → { ...DEFAULT_STATE, types: ['arrest'], from: '2024-01', map: { zoom: 7, lat: 41.8, lon: 129.78 }, incident: 42 }
 * @example encode
 *   encodeDashboardState({ ...DEFAULT_STATE, types: ['arrest', 'trial'], by: 'year' })
 *   // → 'type=arrest,trial&by=year'
 */
import {
  EMPTY_FILTER,
  FILTER_PARAMS,
  MAX_LIST_ITEMS,
  MAX_QUERY_LENGTH,
  ZIncidentType,
  ZProvince,
  ZSlug,
  ZStatusFilter,
  isRangeOrdered,
  type IncidentFilter,
} from '@/lib/incidents/filter';
import { INTERVALS, type Interval } from '@/lib/incidents/periods';
import { formatListKey, readListCursor, type ListCursor } from '@/lib/incidents/list-cursor';
import { parseDateBound } from '@/lib/dates/calendar';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { parseMapParam, formatMapParam, type MapView } from './map-param';

export { INTERVALS, type Interval };

/** The incident filter plus what only the dashboard has: map view, selection, chart interval, list page. */
export type DashboardState = IncidentFilter & {
  map: MapView | null;
  incident: number | null;
  by: Interval;
  page: number;
  /**
   * Where the list page starts (`after=` / `before=` a row's key, see lib/incidents/list-cursor): the
   * pager's links carry it so the database seeks instead of skipping rows. `page` stays in the URL as the
   * number readers see; a hand-typed `page=` without a cursor still works (by offset).
   */
  cursor: ListCursor | null;
  /** Interface language when the link names one (`lang=ko`); null leaves it to the cookie or the browser. */
  lang: Locale | null;
};

export const DEFAULT_STATE: DashboardState = { ...EMPTY_FILTER, map: null, incident: null, by: 'month', page: 1, cursor: null, lang: null };

/** A query object as Next.js hands it over, or URLSearchParams. Anything else in it is ignored. */
type RawParams = URLSearchParams | Record<string, unknown>;

/**
 * The string values of one key. Only the object's own keys, and only strings: a query such as
 * `?__proto__=1&map=1` must not make `map` read `Array.prototype.map`.
 */
function readParam(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  if (!Object.hasOwn(params, key)) return [];
  const value: unknown = params[key];
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

/** Comma-separated and repeated forms both work: `type=a,b` and `type=a&type=b`. */
function readList(params: RawParams, key: string): string[] {
  const items = readParam(params, key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(items)].slice(0, MAX_LIST_ITEMS);
}

/** The items of a list that the filter's own item schema accepts, as it reads them. */
function keepValid<T>(items: string[], schema: { safeParse(v: unknown): { success: boolean; data?: T } }): T[] {
  return items.flatMap((item) => {
    const result = schema.safeParse(item);
    return result.success ? [result.data as T] : [];
  });
}

function readOne(params: RawParams, key: string): string | null {
  const value = readParam(params, key)[0];
  return value === undefined ? null : value.trim();
}

function parsePositiveInt(value: string | null, max: number): number | null {
  if (!value || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= max ? n : null;
}

export function parseDashboardState(params: RawParams): DashboardState {
  const P = FILTER_PARAMS;
  const types = keepValid(readList(params, P.types), ZIncidentType);
  const from = parseDateBound(readOne(params, P.from));
  const to = parseDateBound(readOne(params, P.to));
  const by = readOne(params, 'by');
  return {
    // Every type selected is the same view as none selected: keep one form.
    types: types.length === INCIDENT_TYPES.length ? [] : INCIDENT_TYPES.filter((t) => types.includes(t)),
    from,
    to: isRangeOrdered(from, to) ? to : null,
    provinces: [...new Set(keepValid<string>(readList(params, P.provinces), ZProvince))],
    q: (readOne(params, P.q) ?? '').slice(0, MAX_QUERY_LENGTH),
    tags: keepValid(readList(params, P.tags), ZSlug),
    outlets: keepValid(readList(params, P.outlets), ZSlug),
    status: ((s) => (s.success ? s.data : null))(ZStatusFilter.safeParse(readOne(params, P.status))),
    map: parseMapParam(readOne(params, 'map')),
    incident: parsePositiveInt(readOne(params, 'incident'), 2_000_000_000),
    by: INTERVALS.find((i) => i === by) ?? 'month',
    page: parsePositiveInt(readOne(params, 'page'), 100_000) ?? 1,
    cursor: readListCursor((name) => readOne(params, name)),
    lang: ((lang) => (isLocale(lang) ? lang : null))(readOne(params, 'lang')),
  };
}

/** The query string (no leading `?`) for a state, defaults omitted, keys in a fixed order. */
export function encodeDashboardState(state: DashboardState): string {
  const P = FILTER_PARAMS;
  const out = new URLSearchParams();
  if (state.types.length > 0 && state.types.length < INCIDENT_TYPES.length) out.set(P.types, state.types.join(','));
  if (state.from) out.set(P.from, state.from);
  if (state.to) out.set(P.to, state.to);
  if (state.provinces.length) out.set(P.provinces, state.provinces.join(','));
  if (state.q) out.set(P.q, state.q);
  if (state.tags.length) out.set(P.tags, state.tags.join(','));
  if (state.outlets.length) out.set(P.outlets, state.outlets.join(','));
  if (state.status) out.set(P.status, state.status);
  if (state.map) out.set('map', formatMapParam(state.map));
  if (state.incident !== null) out.set('incident', String(state.incident));
  if (state.by !== DEFAULT_STATE.by) out.set('by', state.by);
  if (state.page > 1) out.set('page', String(state.page));
  if (state.cursor) out.set(state.cursor.dir, formatListKey(state.cursor));
  if (state.lang) out.set('lang', state.lang);
  return out.toString().replaceAll('%2C', ',').replaceAll('%2F', '/');
}

/** A link to the dashboard in `state` changed by `patch`. Filter changes go back to the first page. */
export function toDashboardHref(state: DashboardState, patch: Partial<DashboardState> = {}): string {
  const filterChanged = Object.keys(patch).some((k) => !['map', 'incident', 'by', 'page', 'cursor', 'lang'].includes(k));
  // A page number without its cursor would be read by offset: a page change brings its own (or none).
  const pageChanged = 'page' in patch && !('cursor' in patch);
  const next = { ...state, ...(filterChanged ? { page: 1, cursor: null } : {}), ...(pageChanged ? { cursor: null } : {}), ...patch };
  const query = encodeDashboardState(next);
  return query ? `/?${query}` : '/';
}

/** True when no filter narrows the set (map, selection, interval and page don't count). */
export function hasActiveFilters(state: DashboardState): boolean {
  return (
    state.types.length > 0 ||
    Boolean(state.from || state.to || state.q) ||
    state.provinces.length > 0 ||
    state.tags.length > 0 ||
    state.outlets.length > 0 ||
    state.status !== null
  );
}
