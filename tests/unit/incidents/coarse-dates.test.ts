import { describe, expect, it } from 'vitest';
import { groupCoarseBands, removeCoarseFromBars, toCoarseSpan } from '@/lib/incidents/coarse-dates';

describe('dates coarser than a bar', () => {
  it('spans a year-only date over its twelve months, and a month over its weeks', () => {
    expect(toCoarseSpan({ dateStart: '2022-01-01', dateEnd: '2022-12-31', type: 'defection', n: 2 }, 'month')).toEqual({
      label: '2022', first: '2022-01', last: '2022-12', type: 'defection', n: 2,
    });
    expect(toCoarseSpan({ dateStart: '2024-02-01', dateEnd: '2024-02-29', type: 'arrest', n: 1 }, 'week')).toEqual({
      label: '2024-02', first: '2024-W05', last: '2024-W09', type: 'arrest', n: 1,
    });
  });

  it('takes them out of the first bar and keeps the periods a band covers on the axis', () => {
    const rows = [
      { period: '2022-01', defection: 3, arrest: 1 },
      { period: '2022-02', arrest: 1 },
    ];
    const spans = [toCoarseSpan({ dateStart: '2022-01-01', dateEnd: '2022-12-31', type: 'defection', n: 3 }, 'month')];
    const bars = removeCoarseFromBars(rows, spans, 'month');
    expect(bars[0]).toEqual({ period: '2022-01', arrest: 1 });
    expect(bars.map((b) => b.period)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2022-${m}`),
    );
    expect(rows[0].defection).toBe(3); // the stats are not changed in place
  });

  it('gives one band per span, summed over the types', () => {
    const spans = ['defection', 'crackdown'].map((type) =>
      toCoarseSpan({ dateStart: '2024-01-01', dateEnd: '2024-12-31', type: type as 'defection', n: 2 }, 'month'),
    );
    expect(groupCoarseBands(spans)).toEqual([{ label: '2024', first: '2024-01', last: '2024-12', n: 4 }]);
  });
});
