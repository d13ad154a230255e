import type { ExportRecord } from './export-record';
import { neutraliseCell } from './neutralise-cell';

/** Several values in one cell (tags, actors): a separator no tag or actor slug contains. */
export const LIST_SEPARATOR = '; ';
/** Several sources in one cell: one line each, so outlet, title, URL and date of a source share a line number. */
export const SOURCE_SEPARATOR = '\n';

type Cell = string | number | null;
type Column = { header: string; value: (r: ExportRecord) => Cell };

const text = (v: string | null) => (v === null ? null : neutraliseCell(v));
const joined = (values: (string | null)[], separator: string) => neutraliseCell(values.map((v) => v ?? '').join(separator));

/** The CSV's columns: every field of TAXONOMY.md, the sources, the permalink, status, confidence, reviewer. */
export const CSV_COLUMNS: Column[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'type', value: (r) => text(r.type) },
  { header: 'tags', value: (r) => joined(r.tags, LIST_SEPARATOR) },
  { header: 'summary', value: (r) => text(r.summary) },
  { header: 'evidence', value: (r) => text(r.evidence) },
  { header: 'date', value: (r) => text(r.date) },
  { header: 'datePrecision', value: (r) => text(r.datePrecision) },
  { header: 'placeName', value: (r) => text(r.placeName) },
  { header: 'placeNameKorean', value: (r) => text(r.placeNameKorean) },
  { header: 'admin1', value: (r) => text(r.admin1) },
  { header: 'country', value: (r) => text(r.country) },
  { header: 'lat', value: (r) => r.lat },
  { header: 'lon', value: (r) => r.lon },
  { header: 'locationPrecision', value: (r) => text(r.locationPrecision) },
  { header: 'actors', value: (r) => joined(r.actors, LIST_SEPARATOR) },
  { header: 'confidence', value: (r) => r.confidence },
  { header: 'status', value: (r) => text(r.status) },
  { header: 'reviewer', value: (r) => text(r.reviewer) },
  { header: 'sourceOutlets', value: (r) => joined(r.sources.map((s) => s.outlet), SOURCE_SEPARATOR) },
  { header: 'sourceTitles', value: (r) => joined(r.sources.map((s) => s.title), SOURCE_SEPARATOR) },
  { header: 'sourceUrls', value: (r) => joined(r.sources.map((s) => s.url), SOURCE_SEPARATOR) },
  { header: 'sourceDates', value: (r) => joined(r.sources.map((s) => s.publishedAt), SOURCE_SEPARATOR) },
  { header: 'permalink', value: (r) => text(r.permalink) },
];

export const CSV_HEADER: string[] = CSV_COLUMNS.map((c) => c.header);

export function toCsvRow(record: ExportRecord): Cell[] {
  return CSV_COLUMNS.map((c) => c.value(record));
}
