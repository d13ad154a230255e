import { NextResponse, type NextRequest } from 'next/server';
import { badRequest } from '@/lib/api/json-response';

/**
 * Next.js turns the query string into a plain object before a route handler sees it, and `__proto__` does
 * not survive that (it becomes the object's prototype and drops out of `request.url`). The API must refuse it
 * like any unknown key, so it is checked here, on the URL as it arrived.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.searchParams.has('__proto__')) return badRequest('unknown parameter `__proto__`');
  return NextResponse.next();
}

export const config = { matcher: ['/api/:path*'] };
