import { NextResponse, type NextRequest } from 'next/server';
import { badRequest } from '@/lib/api/json-response';
import { forwardLanguage } from '@/lib/i18n/language-proxy';

/**
 * API: Next.js turns the query string into a plain object before a route handler sees it, and `__proto__` does
 * not survive that (it becomes the object's prototype and drops out of `request.url`). The API must refuse it
 * like any unknown key, so it is checked here, on the URL as it arrived.
 * Pages: `?lang=` is handed to the server render (getRequestConfig cannot read search params) and remembered.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    if (request.nextUrl.searchParams.has('__proto__')) return badRequest('unknown parameter `__proto__`');
    return NextResponse.next();
  }
  const requestHeaders = new Headers(request.headers);
  const remember = forwardLanguage(request, requestHeaders);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  remember(response);
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|basemap/).*)'] };
