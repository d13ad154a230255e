import { describe, expect, it } from 'vitest';
import { groupCoarseBands, removeBandsFromBars, type CoarseRow } from '@/lib/incidents/coarse-dates';

const year2022: CoarseRow = { precision: 'year', dateStart: '2022-01-01', dateEnd: '2022-12-31', type: 'defection', n: 2 };
const feb2024: CoarseRow = { precision: 'month', dateStart: '2024-02-01', dateEnd: '2024-02-29', type: 'arrest', n: 1 };

describe('dates coarser than a bar', () => {
  it('lays a year over its twelve months, and a month over the ISO weeks its days fall in', () => {
    const [band] = groupCoarseBands([year2022], 'month');
    expect([band.label, band.first, band.last, band.bar, band.n]).toEqual(['2022', '2022-01', '2022-12', '2022-01', 2]);
    const [weekly] = groupCoarseBands([feb2024], 'week');
    expect([weekly.label, weekly.first, weekly.last]).toEqual(['2024-02', '2024-W05', '2024-W09']);
    // 1 January 2022 is a Saturday: the year's first day lies in ISO week 52 of 2021, and the band starts there.
    expect(groupCoarseBands([year2022], 'week')[0].first).toBe('2021-W52');
  });

  it('makes one band per span, counted by type, in time order', () => {
    const rows: CoarseRow[] = [feb2024, { ...year2022, type: 'crackdown', n: 3 }, year2022];
    expect(groupCoarseBands(rows, 'month').map((b) => [b.label, b.n, b.byType])).toEqual([
      ['2022', 5, { crackdown: 3, defection: 2 }],
    ]);
    expect(groupCoarseBands(rows, 'week').map((b) => b.label)).toEqual(['2022', '2024-02']);
  });

  it('takes the band out of the bar it was counted in, never below zero', () => {
    const rows = new Map([
      ['2022-01', { period: '2022-01', defection: 3, arrest: 1 }],
      ['2022-02', { period: '2022-02', defection: 1 }],
    ]);
    removeBandsFromBars(rows, groupCoarseBands([year2022, { ...year2022, type: 'arrest', n: 4 }], 'month'));
    expect(rows.get('2022-01')).toEqual({ period: '2022-01', defection: 1 });
    expect(rows.get('2022-02')).toEqual({ period: '2022-02', defection: 1 });
  });
});
