import { connection, type NextRequest } from 'next/server';
import { respondWithExport } from '@/lib/export/export-response';

/** GET /api/export.geojson → the whole filtered set as a GeoJSON FeatureCollection (RFC 7946), streamed. */
export async function GET(request: NextRequest) {
  await connection();
  return respondWithExport(request, 'geojson');
}
