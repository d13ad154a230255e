// ATLAS_PRIVATE=1: every page and API route needs a signed-in, enabled account (any role; a `viewer` only
// reads). Run from proxy.ts before any route. Open without an account is only what signing in needs: the
// sign-in page, the auth API, the app's own scripts and icon, and the basemap (public map data, no incidents;
// proxy.ts's matcher skips those files). Link previews (/api/og), /embed and the exports are closed like the
// rest: they show incidents.
import 'server-only';
import { NextResponse } from 'next/server';
import { getActor } from './get-actor';

const OPEN_PATHS = [/^\/sign-in\/?$/, /^\/api\/auth\//, /^\/_next\//, /^\/favicon\.ico$/, /^\/icon\.svg$/, /^\/robots\.txt$/];

export function isPrivateAtlas(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ATLAS_PRIVATE === '1';
}

export function isOpenPath(pathname: string): boolean {
  return OPEN_PATHS.some((re) => re.test(pathname));
}

/**
 * Null when the request may go on; else the refusal: 401 JSON for the API (and for any write), a redirect to
 * the sign-in page that comes back here for a page.
 */
export async function refuseAnonymous(request: Request, pathname: string, search: string): Promise<Response | null> {
  if (!isPrivateAtlas() || isOpenPath(pathname)) return null;
  if (await getActor(request.headers)) return null;
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (pathname.startsWith('/api/') || !isRead) {
    return NextResponse.json({ error: 'unauthenticated', message: 'This atlas is private: sign in first.' }, { status: 401, headers: { 'cache-control': 'no-store' } });
  }
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('next', `${pathname}${search}`);
  const response = NextResponse.redirect(signIn, 307);
  response.headers.set('cache-control', 'no-store');
  return response;
}
