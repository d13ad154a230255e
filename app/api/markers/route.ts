import { connection, type NextRequest } from 'next/server';
import { badRequest } from '@/lib/api/json-response';
import { parseMarkersQuery } from '@/lib/api/markers-query';
import { isOverloadedError, readGate, serviceUnavailable } from '@/lib/http/read-gate';
import { getViewportMarkers } from '@/lib/markers/get-viewport-markers';

/**
 * GET /api/markers?<filter>&bbox=west,south,east,north&zoom=z → GeoJSON FeatureCollection of the matching
 * incidents inside the box (plus a margin), counted per grid cell of the zoom: at most 500 features.
 * The contract is in the README ("API").
 */
export async function GET(request: NextRequest) {
  await connection();
  const parsed = parseMarkersQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const { filter, bbox, zoom } = parsed.query;
  try {
    const collection = await readGate.run(() => getViewportMarkers(filter, bbox, zoom));
    return Response.json(collection, { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
  } catch (error) {
    if (isOverloadedError(error)) return serviceUnavailable(error);
    throw error;
  }
}
