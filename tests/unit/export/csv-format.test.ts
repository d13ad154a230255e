import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER } from '@/lib/export/csv-columns';
import type { ExportRecord } from '@/lib/export/export-record';
import { formatCsvPage } from '@/lib/export/stream-csv';

const record = (patch: Partial<ExportRecord>): ExportRecord => ({
  id: 7,
  type: 'arrest',
  tags: ['foreign_phone', 'smuggling'],
  summary: 'Two traders held in Hoeryong (회령), "for selling phones", the report says.',
  evidence: null,
  date: '2024-02',
  datePrecision: 'month',
  placeName: 'Hoeryong',
  placeNameKorean: '회령',
  admin1: 'North Hamgyong',
  country: 'KP',
  lat: 42.44,
  lon: -129.75,
  locationPrecision: 'city',
  actors: ['MSS'],
  confidence: 0.8,
  status: 'reviewed',
  reviewer: 'ana@example.org',
  sources: [
    { articleId: 1, outlet: 'Daily NK', title: 'Traders held, again', url: 'https://example.org/a', publishedAt: '2024-03-01' },
    { articleId: 2, outlet: null, title: '=cmd|"/c calc"!A1', url: null, publishedAt: null },
  ],
  permalink: 'http://localhost/incidents/7',
  ...patch,
});

describe('formatCsvPage', () => {
  it('writes RFC 4180: CRLF line ends, a header naming every column, quoted commas, quotes and line breaks', () => {
    const text = formatCsvPage([record({})], true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    const [header, row] = parse(text, { record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual(CSV_HEADER);
    const cell = (name: string) => row[CSV_HEADER.indexOf(name)];
    expect(cell('summary')).toBe(record({}).summary);
    expect(cell('tags')).toBe('foreign_phone; smuggling');
    expect(cell('sourceOutlets')).toBe('Daily NK\n');
    expect(cell('sourceUrls')).toBe('https://example.org/a\n');
    expect(cell('lon')).toBe('-129.75');
    expect(cell('evidence')).toBe('');
    expect(cell('placeNameKorean')).toBe('회령');
  });

  it('neutralises a formula in any text cell, also inside a multi-source cell', () => {
    const [row] = parse(formatCsvPage([record({ summary: '=1+1', sources: [record({}).sources[1]] })], false)) as string[][];
    expect(row[CSV_HEADER.indexOf('summary')]).toBe("'=1+1");
    expect(row[CSV_HEADER.indexOf('sourceTitles')]).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('has every field of TAXONOMY.md, the sources, the permalink and the reviewer in the header', () => {
    const taxonomy = ['type', 'tags', 'summary', 'evidence', 'date', 'datePrecision', 'placeName', 'admin1', 'country',
      'lat', 'lon', 'locationPrecision', 'actors', 'confidence', 'status'];
    for (const field of [...taxonomy, 'sourceOutlets', 'sourceTitles', 'sourceUrls', 'sourceDates', 'permalink', 'reviewer']) {
      expect(CSV_HEADER).toContain(field);
    }
  });
});
