import { describe, expect, it } from 'vitest';
import { toIncidentDetail, toListItem } from '@/lib/incidents/incident-dto';

const row = {
  id: 7,
  type: 'arrest',
  summary: 'Police in a border town held two phone sellers.',
  date: '2024-03-02',
  datePrecision: 'day',
  placeName: 'Hyesan',
  admin1: 'Ryanggang',
  country: 'KP',
  locationPrecision: 'city',
  status: 'auto',
  evidence: null,
  actors: 'police,phone sellers',
  lat: 41.4,
  lon: 128.18,
  confidence: 0.7,
  tags: [{ tag: 'phones' }, { tag: 'border' }],
  sources: [{ article: { id: 3, title: 'A report', url: null, publishedAt: '2024-03-05', outlet: { name: 'An outlet' } } }],
  // Read by the exports alongside the detail's columns: must not leak into the detail.
  audit: [{ actor: 'editor@example.org' }],
};

describe('incident rows as the views show them', () => {
  it('keeps only the list fields, whatever else the row was read with', () => {
    expect(Object.keys(toListItem(row)).sort()).toEqual(
      ['admin1', 'country', 'date', 'datePrecision', 'id', 'locationPrecision', 'placeName', 'status', 'summary', 'type'],
    );
  });

  it('splits actors, flattens tags and cites each article by its outlet name', () => {
    const detail = toIncidentDetail(row);
    expect(detail).not.toHaveProperty('audit');
    expect(detail.actors).toEqual(['police', 'phone sellers']);
    expect(detail.tags).toEqual(['phones', 'border']);
    expect(detail.sources).toEqual([{ articleId: 3, title: 'A report', url: null, outlet: 'An outlet', publishedAt: '2024-03-05' }]);
    expect(toIncidentDetail({ ...row, actors: null }).actors).toEqual([]);
  });
});
