import { connection, type NextRequest } from 'next/server';
import { parseIncidentQuery } from '@/lib/api/incident-query';
import { badRequest } from '@/lib/api/json-response';
import { isOverloadedError, readGate, serviceUnavailable } from '@/lib/http/read-gate';
import { getIncidentStats } from '@/lib/incidents/get-incident-stats';

/** GET /api/stats → counts by type, by period × type (with the interval they are in), by province, and the total. */
export async function GET(request: NextRequest) {
  await connection();
  const parsed = parseIncidentQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const by = parsed.query.by ?? 'month';
  let stats: Awaited<ReturnType<typeof getIncidentStats>>;
  try {
    stats = await readGate.run(() => getIncidentStats(parsed.filter, by));
  } catch (error) {
    if (isOverloadedError(error)) return serviceUnavailable(error);
    throw error;
  }
  return Response.json(stats);
}
