import { connection, type NextRequest } from 'next/server';
import { parseIncidentQuery } from '@/lib/api/incident-query';
import { badRequest } from '@/lib/api/json-response';
import { isOverloadedError, readGate, serviceUnavailable } from '@/lib/http/read-gate';
import { listIncidentFeatures } from '@/lib/incidents/list-incident-features';

const DEFAULT_LIMIT = 100;

/** GET /api/incidents → GeoJSON FeatureCollection of matching incidents, paged with `limit` and `cursor`. */
export async function GET(request: NextRequest) {
  await connection();
  const parsed = parseIncidentQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  let page: Awaited<ReturnType<typeof listIncidentFeatures>>;
  try {
    page = await readGate.run(() => listIncidentFeatures(parsed.filter, parsed.query.limit ?? DEFAULT_LIMIT, parsed.query.cursor));
  } catch (error) {
    if (isOverloadedError(error)) return serviceUnavailable(error);
    throw error;
  }
  const { features, nextCursor } = page;
  return Response.json(
    { type: 'FeatureCollection', features, nextCursor },
    { headers: { 'content-type': 'application/geo+json; charset=utf-8' } },
  );
}
