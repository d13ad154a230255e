import type { ExportRecord } from './export-record';
import { streamPages } from './stream-records';

/** An RFC 7946 Feature: a Point in [lon, lat] order, or a null geometry when the place has no coordinates. */
export function toExportFeature(record: ExportRecord) {
  const { id, ...properties } = record;
  return {
    type: 'Feature' as const,
    id,
    geometry:
      record.lat !== null && record.lon !== null
        ? { type: 'Point' as const, coordinates: [record.lon, record.lat] as [number, number] }
        : null,
    properties,
  };
}

/** The FeatureCollection as a stream, one feature per line. */
export function streamGeoJson(pages: AsyncGenerator<ExportRecord[]>): ReadableStream<Uint8Array> {
  return streamPages(pages, {
    start: '{"type":"FeatureCollection","features":[\n',
    page: (records, first) => (first ? '' : ',\n') + records.map((r) => JSON.stringify(toExportFeature(r))).join(',\n'),
    end: '\n]}\n',
  });
}
