/**
 * The one vocabulary of what narrows the set of incidents. The dashboard URL maps onto it leniently
 * (lib/url/dashboard-state), the JSON API extends it strictly (lib/api/incident-query), and the queries in
 * this folder take it as it is.
 */
import { z } from 'zod';
import { endOfDateBound, parseDateBound, startOfDateBound } from '@/lib/dates/calendar';
import { findProvince } from '@/lib/geo/provinces';
import { INCIDENT_TYPES, type IncidentStatus } from '@/lib/taxonomy';

// Zod 4 probes `new Function('')` to decide whether to compile parsers; in the browser that probe is a
// Content-Security-Policy violation (no 'unsafe-eval'). This schema is parsed on the client too, so turn
// the compiler off for the whole process: parsing stays the same, only interpreted.
z.config({ jitless: true });

export const MAX_LIST_ITEMS = 50;
export const MAX_QUERY_LENGTH = 200;

export const ZIncidentType = z.enum(INCIDENT_TYPES);
export const ZSlug = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'expected lower-case letters, digits, - or _');
export const ZDateBound = z.string().refine((v) => parseDateBound(v) !== null, 'expected a date, YYYY-MM-DD or YYYY-MM');
/** A province by name, slug or ISO code, read as its slug. */
export const ZProvince = z.string().transform((value, ctx) => {
  const province = findProvince(value);
  if (province) return province.slug;
  ctx.addIssue({ code: 'custom', message: 'expected a province name, slug or ISO code' });
  return z.NEVER;
});

/**
 * Which review states to show. Unset (null) shows what the public map shows: machine incidents and reviewed
 * ones. `rejected` and `all` bring rejected incidents back on request. Merged incidents never show on their
 * own: they live on as sources of the incident they were merged into.
 */
export const STATUS_FILTERS = ['reviewed', 'auto', 'rejected', 'all'] as const;
export const ZStatusFilter = z.enum(STATUS_FILTERS);
export type StatusFilter = z.infer<typeof ZStatusFilter>;

const STATUSES_SHOWN: Record<StatusFilter | 'default', IncidentStatus[]> = {
  default: ['auto', 'reviewed'],
  reviewed: ['reviewed'],
  auto: ['auto'],
  rejected: ['rejected'],
  all: ['auto', 'reviewed', 'rejected'],
};

/** The incident statuses a filter's `status` selects: what every query and count in lib/ filters on. */
export function listShownStatuses(status: StatusFilter | null): IncidentStatus[] {
  return STATUSES_SHOWN[status ?? 'default'];
}

/**
 * The roll-up column that counts what a filter's status shows: `n` (auto + reviewed, the default) or `nReviewed`
 * (reviewed only). The roll-ups count no rejected incidents, so other statuses never read them (canUseAggregates).
 */
export function shownCountColumn(status: StatusFilter | null): 'n' | 'nReviewed' {
  return status === 'reviewed' ? 'nReviewed' : 'n';
}

export const ZIncidentFilter = z.object({
  /** Selected types; empty means all. */
  types: z.array(ZIncidentType).max(MAX_LIST_ITEMS),
  /** Inclusive bounds, `YYYY-MM-DD` or `YYYY-MM`. */
  from: ZDateBound.nullable(),
  to: ZDateBound.nullable(),
  /** Province slugs (see lib/geo/provinces.ts). */
  provinces: z.array(ZProvince).max(MAX_LIST_ITEMS),
  q: z.string().max(MAX_QUERY_LENGTH),
  tags: z.array(ZSlug).max(MAX_LIST_ITEMS),
  outlets: z.array(ZSlug).max(MAX_LIST_ITEMS),
  /** Review states to show; null: not rejected (machine and reviewed). */
  status: ZStatusFilter.nullable(),
});
export type IncidentFilter = z.infer<typeof ZIncidentFilter>;

/** The query-string name of each filter field, shared by the dashboard URL and the API. */
export const FILTER_PARAMS = {
  types: 'type',
  from: 'from',
  to: 'to',
  provinces: 'province',
  q: 'q',
  tags: 'tag',
  outlets: 'outlet',
  status: 'status',
} as const satisfies Record<keyof IncidentFilter, string>;

/** No filter: every incident that is not rejected. */
export const EMPTY_FILTER: IncidentFilter = {
  types: [],
  from: null,
  to: null,
  provinces: [],
  q: '',
  tags: [],
  outlets: [],
  status: null,
};

/** The filter part of a larger value (a dashboard state): only the filter's own fields. */
export function toIncidentFilter(value: IncidentFilter): IncidentFilter {
  const { types, from, to, provinces, q, tags, outlets, status } = value;
  return { types, from, to, provinces, q, tags, outlets, status };
}

/** False when `to` ends before `from` starts; such a range matches nothing and is refused or dropped. */
export function isRangeOrdered(from: string | null, to: string | null): boolean {
  return !from || !to || startOfDateBound(from) <= endOfDateBound(to);
}
