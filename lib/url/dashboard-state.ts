/**
 * The dashboard's whole state, to and from the URL. This module is the only place that knows the
 * parameter names; components build links with `toDashboardHref` and pages read with `parseDashboardState`.
 *
 * Decoding is lenient (a shared link never fails): unknown keys, unknown values and malformed values are
 * dropped. Encoding omits defaults and writes keys in one fixed order, so equal states give equal URLs.
 *
 * @example decode
 *   parseDashboardState(new URLSearchParams('type=arrest,bogus&from=2024-01&map=7/41.80/129.78&incident=42'))
 *   // → { ...DEFAULT_STATE, types: ['arrest'], from: '2024-01', map: { zoom: 7, lat: 41.8, lon: 129.78 }, incident: 42 }
 * @example encode
 *   encodeDashboardState({ ...DEFAULT_STATE, types: ['arrest', 'trial'], by: 'year' })
 *   // → 'type=arrest%2Ctrial&by=year'
 */
import { INCIDENT_TYPES, type IncidentType, isIncidentType } from '@/lib/taxonomy';
import type { MapView } from '@/lib/markers/types';
import { findProvince } from '@/lib/geo/provinces';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { parseDateParam } from './date-param';
import { parseMapParam, formatMapParam } from './map-param';

export const INTERVALS = ['month', 'week', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

export type DashboardState = {
  /** Selected types; empty means all. */
  types: IncidentType[];
  /** Inclusive range, `YYYY-MM-DD` or `YYYY-MM`. */
  from: string | null;
  to: string | null;
  /** Province slugs (see lib/geo/provinces.ts). */
  provinces: string[];
  q: string;
  tags: string[];
  outlets: string[];
  reviewedOnly: boolean;
  map: MapView | null;
  incident: number | null;
  by: Interval;
  page: number;
  /** Interface language when the link names one (`lang=ko`); null leaves it to the cookie or the browser. */
  lang: Locale | null;
};

export const DEFAULT_STATE: DashboardState = {
  types: [],
  from: null,
  to: null,
  provinces: [],
  q: '',
  tags: [],
  outlets: [],
  reviewedOnly: false,
  map: null,
  incident: null,
  by: 'month',
  page: 1,
  lang: null,
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const MAX_LIST_ITEMS = 50;
const MAX_QUERY_LENGTH = 200;
const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

function readParam(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Comma-separated and repeated forms both work: `type=a,b` and `type=a&type=b`. */
function readList(params: RawParams, key: string): string[] {
  const items = readParam(params, key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(items)].slice(0, MAX_LIST_ITEMS);
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
  const types = readList(params, 'type').filter(isIncidentType);
  const provinces = readList(params, 'province')
    .map((p) => findProvince(p)?.slug)
    .filter((s): s is string => Boolean(s));
  const from = parseDateParam(readOne(params, 'from'));
  const to = parseDateParam(readOne(params, 'to'));
  const by = readOne(params, 'by');
  return {
    // Every type selected is the same view as none selected: keep one form.
    types: types.length === INCIDENT_TYPES.length ? [] : INCIDENT_TYPES.filter((t) => types.includes(t)),
    from,
    to: from && to && to < from ? null : to,
    provinces: [...new Set(provinces)],
    q: (readOne(params, 'q') ?? '').slice(0, MAX_QUERY_LENGTH),
    tags: readList(params, 'tag').filter((t) => SLUG.test(t)),
    outlets: readList(params, 'outlet').filter((o) => SLUG.test(o)),
    reviewedOnly: readOne(params, 'status') === 'reviewed',
    map: parseMapParam(readOne(params, 'map')),
    incident: parsePositiveInt(readOne(params, 'incident'), 2_000_000_000),
    by: INTERVALS.find((i) => i === by) ?? 'month',
    page: parsePositiveInt(readOne(params, 'page'), 100_000) ?? 1,
    lang: ((lang) => (isLocale(lang) ? lang : null))(readOne(params, 'lang')),
  };
}

/** The query string (no leading `?`) for a state, defaults omitted, keys in a fixed order. */
export function encodeDashboardState(state: DashboardState): string {
  const out = new URLSearchParams();
  if (state.types.length > 0 && state.types.length < INCIDENT_TYPES.length) out.set('type', state.types.join(','));
  if (state.from) out.set('from', state.from);
  if (state.to) out.set('to', state.to);
  if (state.provinces.length) out.set('province', state.provinces.join(','));
  if (state.q) out.set('q', state.q);
  if (state.tags.length) out.set('tag', state.tags.join(','));
  if (state.outlets.length) out.set('outlet', state.outlets.join(','));
  if (state.reviewedOnly) out.set('status', 'reviewed');
  if (state.map) out.set('map', formatMapParam(state.map));
  if (state.incident !== null) out.set('incident', String(state.incident));
  if (state.by !== DEFAULT_STATE.by) out.set('by', state.by);
  if (state.page > 1) out.set('page', String(state.page));
  if (state.lang) out.set('lang', state.lang);
  return out.toString().replaceAll('%2C', ',').replaceAll('%2F', '/');
}

/** A link to the dashboard in `state` changed by `patch`. Filter changes go back to the first page. */
export function toDashboardHref(state: DashboardState, patch: Partial<DashboardState> = {}): string {
  const filterChanged = Object.keys(patch).some((k) => !['map', 'incident', 'by', 'page', 'lang'].includes(k));
  const next = { ...state, ...(filterChanged ? { page: 1 } : {}), ...patch };
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
    state.reviewedOnly
  );
}
