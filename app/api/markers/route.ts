import { connection, type NextRequest } from 'next/server';
import { badRequest } from '@/lib/api/json-response';
import { parseMarkersQuery } from '@/lib/api/markers-query';
import { isOverloadedError, readGate, serviceUnavailable } from '@/lib/http/read-gate';
import { getViewportMarkers } from '@/lib/markers/get-viewport-markers';

/**
 * GET /api/markers?<filter>&bbox=west,south,east,north&zoom=z → GeoJSON FeatureCollection of the matching
 * incidents in the grid cells of the zoom that the box (plus a margin) touches, one feature per cell: at most 500.
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
