import { connection, type NextRequest } from 'next/server';
import { respondWithExport } from '@/lib/export/export-response';

/** GET /api/export.csv → the whole filtered set as a CSV file (RFC 4180, UTF-8 with BOM), streamed. */
export async function GET(request: NextRequest) {
  await connection();
  return respondWithExport(request, 'csv');
}
