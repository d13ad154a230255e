import { connection, type NextRequest } from 'next/server';
import { getLocale } from 'next-intl/server';
import { parseIncidentQuery } from '@/lib/api/incident-query';
import { badRequest } from '@/lib/api/json-response';
import { OverloadedError, readGate, serviceUnavailable } from '@/lib/http/read-gate';
import { toIncidentPageView } from '@/components/incidents/list-page-view';
import { listIncidentPage } from '@/lib/incidents/list-incident-page';

/**
 * GET /api/list → one page of the dashboard's incident list (newest first, undated last), as the dashboard
 * shows it: `{ items, total, page, pageCount }`, each item with its date and place written out. Same filter parameters as /api/stats; `page` from 1.
 */
export async function GET(request: NextRequest) {
  await connection();
  const params = request.nextUrl.searchParams;
  const parsed = parseIncidentQuery(params);
  if (!parsed.ok) return badRequest(parsed.error);
  const rawPage = params.get('page');
  if (rawPage !== null && !/^[1-9]\d{0,5}$/.test(rawPage)) return badRequest('`page`: expected a whole number from 1');
  try {
    const page = await readGate.run(() => listIncidentPage(parsed.filter, rawPage ? Number(rawPage) : 1));
    // The language of the page that asks (its `lang` cookie or the browser's preference, as i18n/request.ts reads them).
    return Response.json(toIncidentPageView(page, await getLocale()));
  } catch (error) {
    if (error instanceof OverloadedError) return serviceUnavailable(error);
    throw error;
  }
}
