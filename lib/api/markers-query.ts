import { z } from 'zod';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { MAX_ZOOM, type BBox } from '@/lib/markers/viewport-grid';
import { parseIncidentQuery } from './incident-query';

/**
 * GET /api/markers' query: the API's filter parameters (lib/api/incident-query, strict the same way) plus
 * the required `bbox=west,south,east,north` (degrees, plain decimals) and `zoom` (0–22). Paging parameters
 * mean nothing here and are refused.
 */
const decimal = z.string().regex(/^-?\d{1,3}(\.\d{1,12})?$/, 'expected four plain decimal numbers: west,south,east,north');

const ZBBox = z
  .string()
  .max(200)
  .transform((v) => v.split(','))
  .pipe(z.tuple([decimal, decimal, decimal, decimal], { error: 'expected four numbers: west,south,east,north' }))
  .transform((parts) => parts.map(Number) as BBox)
  .refine(([w, s, e, n]) => [w, e].every((x) => x >= -180 && x <= 180) && [s, n].every((y) => y >= -90 && y <= 90), {
    message: 'longitudes must lie in [-180, 180] and latitudes in [-90, 90]',
  })
  .refine(([w, s, e, n]) => w < e && s < n, { message: 'west must be less than east and south less than north' });

const ZZoom = z
  .string()
  .regex(/^\d{1,2}$/, 'expected a whole number in plain decimal digits')
  .transform(Number)
  .pipe(z.number().int().min(0).max(MAX_ZOOM));

export type MarkersQuery = { filter: IncidentFilter; bbox: BBox; zoom: number };

export type ParsedMarkersQuery = { ok: true; query: MarkersQuery } | { ok: false; error: string };

export function parseMarkersQuery(params: URLSearchParams): ParsedMarkersQuery {
  const own = { bbox: ZBBox, zoom: ZZoom } as const;
  const values: Partial<Record<keyof typeof own, unknown>> = {};
  for (const key of ['bbox', 'zoom'] as const) {
    const given = params.getAll(key);
    if (given.length === 0) return { ok: false, error: `parameter \`${key}\` is required` };
    if (given.length > 1) return { ok: false, error: `parameter \`${key}\` is given more than once` };
    const result = own[key].safeParse(given[0]);
    if (!result.success) return { ok: false, error: `\`${key}\`: ${result.error.issues[0].message}` };
    values[key] = result.data;
  }
  for (const key of ['limit', 'cursor']) {
    if (params.has(key)) return { ok: false, error: `unknown parameter \`${key}\` (markers are not paged)` };
  }
  const rest = new URLSearchParams([...params].filter(([key]) => key !== 'bbox' && key !== 'zoom'));
  const parsed = parseIncidentQuery(rest);
  if (!parsed.ok) return parsed;
  return { ok: true, query: { filter: parsed.filter, bbox: values.bbox as BBox, zoom: values.zoom as number } };
}
