import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';
import {
  FILTER_PARAMS,
  MAX_LIST_ITEMS,
  ZIncidentFilter,
  isRangeOrdered,
  type IncidentFilter,
} from '@/lib/incidents/filter';
import { ZInterval, type Interval } from '@/lib/incidents/periods';

/**
 * The API's query parameters: the incident filter (lib/incidents/filter) in its query-string form, extended
 * with `by`, `limit` and `cursor`, validated strictly. Where the dashboard drops a bad value, the API answers
 * 400 and says which parameter is wrong; an unknown key (`__proto__` included) is a bad value too.
 */
const item = ZIncidentFilter.shape;

/** `a,b,c` checked item by item with the filter's own item schema. */
const csv = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .max(2000)
    .transform((v) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(schema).max(MAX_LIST_ITEMS, `at most ${MAX_LIST_ITEMS} items`));

/** Plain decimal digits only: `0x10`, `1e3`, `0b11` and ` 5 ` are refused, whatever Number() makes of them. */
const digits = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, 'expected a whole number in plain decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const ZIncidentQueryParams = z.strictObject({
  [FILTER_PARAMS.types]: csv(item.types.element),
  [FILTER_PARAMS.from]: item.from.unwrap(),
  [FILTER_PARAMS.to]: item.to.unwrap(),
  [FILTER_PARAMS.provinces]: csv(item.provinces.element),
  [FILTER_PARAMS.q]: item.q,
  [FILTER_PARAMS.tags]: csv(item.tags.element),
  [FILTER_PARAMS.outlets]: csv(item.outlets.element),
  [FILTER_PARAMS.status]: item.status.unwrap(),
  by: ZInterval,
  limit: digits(1, 1000),
  cursor: digits(1, 2 ** 31 - 1),
  // Dashboard-only parameters, accepted so a dashboard query string works here unchanged.
  map: z.string(),
  incident: z.string(),
  page: z.string(),
  after: z.string(),
  before: z.string(),
  lang: z.enum(LOCALES),
}).partial();

export type IncidentQuery = { filter: IncidentFilter; by: Interval | undefined; limit: number | undefined; cursor: number | undefined };

export type ParsedQuery = { ok: true; query: IncidentQuery; filter: IncidentFilter } | { ok: false; error: string };

/** Validates a request's search parameters; a repeated or unknown parameter is an error, not a silent pick. */
export function parseIncidentQuery(params: URLSearchParams): ParsedQuery {
  const raw: Record<string, string> = Object.create(null);
  for (const key of new Set(params.keys())) {
    if (!Object.hasOwn(ZIncidentQueryParams.shape, key)) return { ok: false, error: `unknown parameter \`${key}\`` };
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, error: `parameter \`${key}\` is given more than once` };
    raw[key] = values[0];
  }
  const result = ZIncidentQueryParams.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `\`${String(issue.path[0])}\`: ` : '';
    return { ok: false, error: `${where}${issue.message}` };
  }
  const p = result.data;
  if (!isRangeOrdered(p.from ?? null, p.to ?? null)) return { ok: false, error: '`from`: `from` is after `to`' };
  const filter: IncidentFilter = {
    types: p.type ?? [],
    from: p.from ?? null,
    to: p.to ?? null,
    provinces: p.province ?? [],
    q: p.q?.trim() ?? '',
    tags: p.tag ?? [],
    outlets: p.outlet ?? [],
    status: p.status ?? null,
  };
  return { ok: true, filter, query: { filter, by: p.by, limit: p.limit, cursor: p.cursor } };
}
