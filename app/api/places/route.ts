import { findPlaceOptions } from '@/lib/review/place-options';

/** GET ?q=…: gazetteer places for the place picker (any romanisation, or Hangul). Read-only. */
export function GET(request: Request) {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  return Response.json({ places: findPlaceOptions(q) }, { headers: { 'cache-control': 'public, max-age=300' } });
}
