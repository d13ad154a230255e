import { NextResponse, type NextRequest } from 'next/server';
import { forwardLanguage } from '@/lib/i18n/language-proxy';

/** Hands `?lang=` to the server render (getRequestConfig cannot read search params) and remembers it. */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  const remember = forwardLanguage(request, requestHeaders);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  remember(response);
  return response;
}

export const config = { matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|basemap/).*)'] };
