import { connection, type NextRequest } from 'next/server';
import { loadViewPreview } from '@/lib/preview/load-preview';
import { respondWithPreview } from '@/lib/preview/preview-response';
import { parseDashboardState } from '@/lib/url/dashboard-state';

/** GET /api/og?<dashboard parameters> → the view's link-preview PNG (1200×630). Read leniently, like the page. */
export async function GET(request: NextRequest) {
  await connection();
  const state = parseDashboardState(request.nextUrl.searchParams);
  return respondWithPreview(request, await loadViewPreview(state));
}
