import { parseIncidentQuery, type ParsedQuery } from '@/lib/api/incident-query';

/** Paging belongs to `/api/incidents`; an export is always the whole filtered set. */
const PAGING_KEYS = ['limit', 'cursor'];

/** The export's parameters: exactly the API's strict filter parameters, minus paging. */
export function parseExportQuery(params: URLSearchParams): ParsedQuery {
  const paging = PAGING_KEYS.find((key) => params.has(key));
  if (paging) return { ok: false, error: `parameter \`${paging}\` is not accepted: an export holds the whole filtered set` };
  return parseIncidentQuery(params);
}
