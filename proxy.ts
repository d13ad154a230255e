import { NextResponse, type NextRequest } from 'next/server';
import { badRequest } from '@/lib/api/json-response';
import { refuseAnonymous } from '@/lib/auth/private-atlas';
import { isOverloadedError } from '@/lib/http/admission-gate';
import { hasMalformedEncoding, rejectMalformedPath } from '@/lib/http/malformed-path';
import { admitPageRead, GATED_PAGES, overloadedPage, READ_TICKET_HEADER } from '@/lib/http/page-admission';
import { buildContentSecurityPolicy, buildStaticSecurityHeaders } from '@/lib/http/security-headers';
import { forwardLanguage } from '@/lib/i18n/language-proxy';

/**
 * Runs before every page and API route.
 * - A path whose percent-encoding does not decode is a 400 (Next.js would answer it 500). TRACE and TRACK are
 *   refused even earlier, by scripts/refuse-methods.mjs.
 * - API: Next.js turns the query string into a plain object before a route handler sees it, and `__proto__`
 *   does not survive that (it becomes the object's prototype and drops out of `request.url`). The API must
 *   refuse it like any unknown key, so it is checked here, on the URL as it arrived.
 * - Pages: `?lang=` is handed to the server render (getRequestConfig cannot read search params) and remembered.
 * - ATLAS_PRIVATE=1: without a signed-in account, pages redirect to /sign-in and APIs answer 401
 *   (lib/auth/private-atlas.ts says what stays open).
 * - The dashboard pages (`/`, `/embed`) wait here for a slot of the read gate the API uses, and answer 503
 *   with Retry-After when none comes in time (lib/http/page-admission.ts); a rendering page cannot.
 * - Every response gets a fresh CSP nonce: Next.js reads the policy from the request headers and puts the
 *   nonce on its own scripts, and the same policy and the other security headers go on the response.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (hasMalformedEncoding(pathname)) return rejectMalformedPath(request.method, pathname);
  const isApi = pathname.startsWith('/api/');
  // Only the read API parses filters from the query; a write route answers by its guard (401/403) first.
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (isApi && isRead && searchParams.has('__proto__')) return badRequest('unknown parameter `__proto__`');
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = buildContentSecurityPolicy({ nonce, pathname, dev: process.env.NODE_ENV !== 'production', tileUrl: process.env.TILE_URL });
  const refusal = await refuseAnonymous(request, pathname, request.nextUrl.search);
  if (refusal) return withSecurityHeaders(refusal, csp, pathname);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(READ_TICKET_HEADER);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const admission = isRead && GATED_PAGES.has(pathname) && !request.headers.has('next-router-prefetch') ? await admitPageRead() : null;
  if (typeof admission === 'string') requestHeaders.set(READ_TICKET_HEADER, admission);
  const remember = isApi ? () => {} : forwardLanguage(request, requestHeaders);
  const response = isOverloadedError(admission) ? overloadedPage(admission) : NextResponse.next({ request: { headers: requestHeaders } });
  remember(response);
  return withSecurityHeaders(response, csp, pathname);
}

function withSecurityHeaders(response: Response, csp: string, pathname: string): Response {
  response.headers.set('content-security-policy', csp);
  for (const [name, value] of Object.entries(buildStaticSecurityHeaders(pathname))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static chunks, images and the basemap carry no markup to protect (next.config.js gives chunks nosniff).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|basemap/).*)'],
};
