import { describe, expect, it } from 'vitest';
import { buildExportFilename, toContentDisposition } from '@/lib/export/export-filename';
import { toExportHref } from '@/lib/export/export-href';
import { EMPTY_FILTER } from '@/lib/incidents/filter';
import { DEFAULT_STATE } from '@/lib/url/dashboard-state';

const at = new Date('2026-11-27T16:05:33Z');

describe('export file names', () => {
  it('name the view and the export time', () => {
    expect(buildExportFilename(EMPTY_FILTER, 'csv', at)).toBe('incident-atlas_all_20261127-1605Z.csv');
    const name = buildExportFilename(
      { ...EMPTY_FILTER, types: ['arrest', 'trial'], provinces: ['north-hamgyong'], from: '2024-01', q: '회령 phone' },
      'geojson',
      at,
    );
    expect(name).toBe('incident-atlas_arrest-trial_north-hamgyong_2024-01_now_q-회령-phone_20261127-1605Z.geojson');
  });

  it('give an ASCII fallback and the exact UTF-8 name in Content-Disposition', () => {
    const header = toContentDisposition('incident-atlas_q-회령_x.csv');
    expect(header).toBe(`attachment; filename="incident-atlas_q-___x.csv"; filename*=UTF-8''incident-atlas_q-%ED%9A%8C%EB%A0%B9_x.csv`);
  });
});

describe('toExportHref', () => {
  it('keeps the filters and drops map, selection, interval and page', () => {
    const state = { ...DEFAULT_STATE, types: ['arrest' as const], q: 'phone', map: { zoom: 7, lat: 41, lon: 129 }, incident: 4, by: 'year' as const, page: 3 };
    expect(toExportHref(state, 'csv')).toBe('/api/export.csv?type=arrest&q=phone');
    expect(toExportHref(DEFAULT_STATE, 'geojson')).toBe('/api/export.geojson');
  });
});
