import type { IncidentFilter } from '@/lib/incidents/filter';

export type ExportFormat = 'csv' | 'geojson';

/** Keeps letters (any script), digits and dashes, so a Hangul search term stays readable in the name. */
function toNamePart(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/**
 * A file name that says what the view is and when it was exported, e.g.
 * `incident-atlas_arrest-trial_north-hamgyong_2024-01_2024-06_20261127-1605Z.csv`; `all` for no filter.
 */
export function buildExportFilename(filter: IncidentFilter, format: ExportFormat, exportedAt: Date): string {
  const parts = [
    filter.types.join('-'),
    filter.provinces.join('-'),
    filter.from || filter.to ? `${filter.from ?? 'start'}_${filter.to ?? 'now'}` : '',
    filter.q ? `q-${toNamePart(filter.q)}` : '',
    filter.tags.length ? `tag-${filter.tags.join('-')}` : '',
    filter.outlets.length ? `outlet-${filter.outlets.join('-')}` : '',
    filter.status ?? '',
  ].filter((p) => p && p !== 'q-');
  const stamp = exportedAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  return `incident-atlas_${parts.length ? parts.join('_') : 'all'}_${stamp}Z.${format}`;
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987). */
export function toContentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
