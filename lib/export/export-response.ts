import 'server-only';
import type { NextRequest } from 'next/server';
import { badRequest } from '@/lib/api/json-response';
import { buildExportFilename, toContentDisposition, type ExportFormat } from './export-filename';
import { parseExportQuery } from './parse-export-query';
import { readExportPages } from './read-export-pages';
import { streamCsv } from './stream-csv';
import { streamGeoJson } from './stream-geojson';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json; charset=utf-8',
};

/** Answers an export request: 400 for a bad filter, else the whole filtered set streamed as a download. */
export function respondWithExport(request: NextRequest, format: ExportFormat): Response {
  const parsed = parseExportQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const pages = readExportPages(parsed.filter, request.nextUrl.origin);
  const body = format === 'csv' ? streamCsv(pages) : streamGeoJson(pages);
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': toContentDisposition(buildExportFilename(parsed.filter, format, new Date())),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
