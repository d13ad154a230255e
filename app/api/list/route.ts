import { connection, type NextRequest } from 'next/server';
import { getLocale } from 'next-intl/server';
import { parseIncidentQuery } from '@/lib/api/incident-query';
import { badRequest } from '@/lib/api/json-response';
import { OverloadedError, readGate, serviceUnavailable } from '@/lib/http/read-gate';
import { toIncidentPageView } from '@/components/incidents/list-page-view';
import { listIncidentPage } from '@/lib/incidents/list-incident-page';
import { parseListPosition } from '@/lib/api/list-query';

/**
 * GET /api/list → one page of the dashboard's incident list (newest first, undated last), as the dashboard
 * shows it: `{ items, total, page, pageCount, newer, older }`, each item with its date and place written out.
 * Same filter parameters as /api/stats. `after=<key>` / `before=<key>` (a row's key, `2024-05-01_1234` or
 * `_77` for an undated one; `older` / `newer` give the next ones) read the page after / before that row by
 * keyset; `page` (from 1) is then only the number shown, and without a cursor the page by offset.
 */
export async function GET(request: NextRequest) {
  await connection();
  const params = request.nextUrl.searchParams;
  const parsed = parseIncidentQuery(params);
  if (!parsed.ok) return badRequest(parsed.error);
  const list = parseListPosition(params);
  if (!list.ok) return badRequest(list.error);
  try {
    const { position } = list;
    const page = await readGate.run(() => listIncidentPage(parsed.filter, position));
    // The language of the page that asks (its `lang` cookie or the browser's preference, as i18n/request.ts reads them).
    return Response.json(toIncidentPageView(page, await getLocale()));
  } catch (error) {
    if (error instanceof OverloadedError) return serviceUnavailable(error);
    throw error;
  }
}
