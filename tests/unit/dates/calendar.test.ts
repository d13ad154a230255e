import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfDateBound,
  isoWeekDays,
  isValidDay,
  mondayOf,
  nextIsoWeek,
  parseDateBound,
  startOfDateBound,
  toIsoWeek,
  weekdayOf,
} from '@/lib/dates/calendar';

describe('calendar', () => {
  it('counts whole days between two days, across a leap day and a year end, signed', () => {
    expect(daysBetween({ y: 2024, m: 2, d: 28 }, { y: 2024, m: 3, d: 1 })).toBe(2);
    expect(daysBetween({ y: 2023, m: 2, d: 28 }, { y: 2023, m: 3, d: 1 })).toBe(1);
    expect(daysBetween({ y: 2023, m: 12, d: 28 }, { y: 2024, m: 1, d: 4 })).toBe(7);
    expect(daysBetween({ y: 2024, m: 1, d: 4 }, { y: 2023, m: 12, d: 28 })).toBe(-7);
  });

  it('adds days and months across month, year and leap-day boundaries', () => {
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2023, m: 12, d: 31 }, 1)).toEqual({ y: 2024, m: 1, d: 1 });
    expect(addDays({ y: 2024, m: 3, d: 1 }, -1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonths(2024, 1, -1)).toEqual({ y: 2023, m: 12 });
    expect(addMonths(2023, 12, 1)).toEqual({ y: 2024, m: 1 });
  });

  it('knows weekdays, ISO weeks and their Mondays', () => {
    expect(weekdayOf({ y: 2024, m: 5, d: 25 })).toBe(6); // a Saturday
    expect(mondayOf({ y: 2024, m: 5, d: 26 })).toEqual({ y: 2024, m: 5, d: 20 });
    expect(toIsoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeekDays('2020-W53')).toEqual({ dateStart: '2020-12-28', dateEnd: '2021-01-03' });
    expect(nextIsoWeek('2020-W53')).toBe('2021-W01');
    expect(nextIsoWeek('2024-W52')).toBe('2025-W01');
  });

  it('reads filter bounds: real days only, months widened to their days', () => {
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(parseDateBound('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2024-13', '2024-1', '1899-12', '2101-01', '2024-02-30', 'x', '']) {
      expect(parseDateBound(bad), bad).toBeNull();
    }
    expect(startOfDateBound('2024-02')).toBe('2024-02-01');
    expect(endOfDateBound('2024-02')).toBe('2024-02-29');
    expect(endOfDateBound('2023-02')).toBe('2023-02-28');
    expect(endOfDateBound('2024-02-10')).toBe('2024-02-10');
  });

  it('gives the same answers in any time zone', () => {
    // The arithmetic runs on local dates; a zone with DST or a large offset must not move a day.
    expect(toIsoWeek('2024-03-31')).toBe('2024-W13');
    expect(addDays({ y: 2024, m: 3, d: 30 }, 2)).toEqual({ y: 2024, m: 4, d: 1 });
    expect(addDays({ y: 2024, m: 10, d: 26 }, 2)).toEqual({ y: 2024, m: 10, d: 28 });
  });
});
