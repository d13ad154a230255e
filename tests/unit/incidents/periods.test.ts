import { describe, expect, it } from 'vitest';
import { toDateRange, toIsoWeek } from '@/lib/dates/calendar';
import { derivePeriods, listPeriods, periodOf, periodToRange, rollUpPeriod } from '@/lib/incidents/periods';

describe('periods and date ranges', () => {
  it('computes ISO weeks across year boundaries', () => {
    expect(toIsoWeek('2024-02-29')).toBe('2024-W09');
    expect(toIsoWeek('2021-01-03')).toBe('2020-W53');
    expect(toIsoWeek('2024-12-30')).toBe('2025-W01');
    expect(toIsoWeek('2026-01-01')).toBe('2026-W01');
  });

  it('derives chart buckets from the first day', () => {
    expect(derivePeriods('2024-05-25')).toEqual({ month: '2024-05', week: '2024-W21', year: '2024' });
  });

  it('names one bucket of a day, the same as derivePeriods, and rolls a month up to its year', () => {
    for (const day of ['2024-05-25', '2021-01-03', '2024-12-30', '2000-01-01']) {
      for (const by of ['month', 'week', 'year'] as const) expect(periodOf(day, by)).toBe(derivePeriods(day)[by]);
    }
    // 2021-01-03 is in ISO week 2020-W53, but its month and year are 2021's.
    expect(periodOf('2021-01-03', 'year')).toBe('2021');
    expect(rollUpPeriod('2021-01', 'year')).toBe('2021');
    expect(rollUpPeriod('2024-12', 'year')).toBe('2024');
  });

  it('fills gaps between the first and last period', () => {
    expect(listPeriods('2023-11', '2024-02', 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(listPeriods('2020-W52', '2021-W02', 'week')).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    expect(listPeriods('2019', '2021', 'year')).toEqual(['2019', '2020', '2021']);
    expect(listPeriods('2000-01', '2100-01', 'month', 5)).toHaveLength(5);
  });

  it('turns a bucket back into the URL range that selects it', () => {
    expect(periodToRange('2024-02', 'month')).toEqual({ from: '2024-02', to: '2024-02' });
    expect(periodToRange('2024', 'year')).toEqual({ from: '2024-01', to: '2024-12' });
    expect(periodToRange('2024-W09', 'week')).toEqual({ from: '2024-02-26', to: '2024-03-03' });
    expect(periodToRange('2020-W53', 'week')).toEqual({ from: '2020-12-28', to: '2021-01-03' });
  });

  it('gives each partial date the days it covers', () => {
    expect(toDateRange(null, 'unknown')).toBeNull();
    expect(toDateRange('2022', 'year')).toEqual({ dateStart: '2022-01-01', dateEnd: '2022-12-31' });
    expect(toDateRange('2024-02', 'month')).toEqual({ dateStart: '2024-02-01', dateEnd: '2024-02-29' });
    expect(toDateRange('2023-02', 'month')).toEqual({ dateStart: '2023-02-01', dateEnd: '2023-02-28' });
    expect(toDateRange('2024-05-25', 'day')).toEqual({ dateStart: '2024-05-25', dateEnd: '2024-05-25' });
    expect(toDateRange('2024-12-30', 'week')).toEqual({ dateStart: '2024-12-30', dateEnd: '2025-01-05' });
  });
});
