import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';
import { findProvince } from '@/lib/geo/provinces';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';
import { parseDateParam } from '@/lib/url/date-param';
import { INTERVALS } from '@/lib/url/dashboard-state';

/**
 * The API's query parameters: the dashboard's filter parameters, validated strictly. Where the dashboard
 * drops a bad value, the API answers 400 and says which parameter is wrong.
 */
const list = (check: (item: string) => boolean, what: string) =>
  z
    .string()
    .max(2000)
    .transform((v) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))])
    .refine((items) => items.every(check), { message: `expected a comma-separated list of ${what}` });

const date = z.string().refine((v) => parseDateParam(v) !== null, { message: 'expected YYYY-MM-DD or YYYY-MM' });
const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export const ZIncidentQuery = z
  .object({
    type: list((t) => (INCIDENT_TYPES as readonly string[]).includes(t), `types (${INCIDENT_TYPES.join(', ')})`).optional(),
    from: date.optional(),
    to: date.optional(),
    province: list((p) => findProvince(p) !== null, 'province names, slugs or ISO codes').optional(),
    q: z.string().max(200).optional(),
    tag: list((t) => SLUG.test(t), 'tags').optional(),
    outlet: list((o) => SLUG.test(o), 'outlet slugs').optional(),
    status: z.enum(['reviewed']).optional(),
    by: z.enum(INTERVALS).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    cursor: z.coerce.number().int().min(1).optional(),
    // Dashboard-only parameters, accepted so a dashboard query string works here unchanged.
    map: z.string().optional(),
    incident: z.string().optional(),
    page: z.string().optional(),
    lang: z.enum(LOCALES).optional(),
  })
  .strict()
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: '`from` is after `to`', path: ['from'] });

export type IncidentQuery = z.infer<typeof ZIncidentQuery>;

export type ParsedQuery = { ok: true; query: IncidentQuery; filter: IncidentFilter } | { ok: false; error: string };

/** Validates a request's search parameters; a repeated parameter is an error, not a silent pick. */
export function parseIncidentQuery(params: URLSearchParams): ParsedQuery {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, error: `parameter \`${key}\` is given more than once` };
    raw[key] = values[0];
  }
  const result = ZIncidentQuery.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `\`${issue.path.join('.')}\`: ` : '';
    return { ok: false, error: `${where}${issue.message}` };
  }
  const q = result.data;
  return {
    ok: true,
    query: q,
    filter: {
      types: (q.type ?? []) as IncidentType[],
      from: q.from ?? null,
      to: q.to ?? null,
      provinces: (q.province ?? []).map((p) => findProvince(p)!.slug),
      q: q.q?.trim() ?? '',
      tags: q.tag ?? [],
      outlets: q.outlet ?? [],
      reviewedOnly: q.status === 'reviewed',
    },
  };
}
