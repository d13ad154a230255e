import { stringify } from 'csv-stringify/sync';
import { CSV_HEADER, toCsvRow } from './csv-columns';
import type { ExportRecord } from './export-record';
import { streamPages } from './stream-records';

/** A byte-order mark, so spreadsheets read the file as UTF-8 (Hangul included). */
const BOM = '\uFEFF';

/** RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted. */
export function formatCsvPage(records: ExportRecord[], withHeader: boolean): string {
  const rows = records.map(toCsvRow);
  return stringify(withHeader ? [CSV_HEADER, ...rows] : rows, { record_delimiter: 'windows' });
}

/** The CSV file as a stream: BOM, header, then one row per incident. */
export function streamCsv(pages: AsyncGenerator<ExportRecord[]>): ReadableStream<Uint8Array> {
  return streamPages(pages, {
    start: BOM + formatCsvPage([], true),
    page: (records) => formatCsvPage(records, false),
    end: '',
  });
}
