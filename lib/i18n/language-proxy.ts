import type { NextRequest, NextResponse } from 'next/server';
import { isLocale, LOCALE_COOKIE, LOCALE_HEADER } from './locales';

/**
 * For proxy.ts: a valid `?lang=` goes to the render as a request header, and is remembered in a cookie so the
 * next page without `lang=` keeps the language. An invalid or missing value changes nothing.
 */
export function forwardLanguage(request: NextRequest, requestHeaders: Headers): (response: NextResponse) => void {
  const lang = request.nextUrl.searchParams.get('lang');
  requestHeaders.delete(LOCALE_HEADER);
  if (!isLocale(lang)) return () => {};
  requestHeaders.set(LOCALE_HEADER, lang);
  return (response) => {
    if (request.cookies.get(LOCALE_COOKIE)?.value !== lang) {
      response.cookies.set(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
    }
  };
}
