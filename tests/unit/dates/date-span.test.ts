// The redundant `dateStart >= earliestStartOverlapping(from)` bound of a date filter (lib/incidents/build-where)
// drops no incident: every interval toDateRange makes spans at most MAX_DATE_SPAN_DAYS, so one that ends on
// or after `from` starts on or after the bound.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earliestStartOverlapping, formatDay, MAX_DATE_SPAN_DAYS, toDateRange } from '@/lib/dates/calendar';
import type { DatePrecision } from '@/lib/taxonomy';

const arbDay = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const arbDate = fc.oneof(
  arbDay.map(({ y }) => ({ date: String(y), precision: 'year' as DatePrecision })),
  arbDay.map(({ y, m }) => ({ date: `${y}-${String(m).padStart(2, '0')}`, precision: 'month' as DatePrecision })),
  arbDay.map((ymd) => ({ date: formatDay(ymd), precision: 'week' as DatePrecision })),
  arbDay.map((ymd) => ({ date: formatDay(ymd), precision: 'day' as DatePrecision })),
);

describe('date spans and the overlap bound', () => {
  it('no incident interval spans more than MAX_DATE_SPAN_DAYS', () => {
    fc.assert(
      fc.property(arbDate, ({ date, precision }) => {
        const range = toDateRange(date, precision)!;
        expect(differenceInCalendarDays(parseISO(range.dateEnd), parseISO(range.dateStart))).toBeLessThanOrEqual(MAX_DATE_SPAN_DAYS);
      }),
      { numRuns: 500 },
    );
  });

  it('an interval ending on or after `from` starts on or after earliestStartOverlapping(from)', () => {
    fc.assert(
      fc.property(arbDate, arbDay, ({ date, precision }, from) => {
        const range = toDateRange(date, precision)!;
        const fromDay = formatDay(from);
        if (range.dateEnd >= fromDay) expect(range.dateStart >= earliestStartOverlapping(fromDay)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(earliestStartOverlapping('2024-03-01')).toBe('2023-03-02');
    expect(earliestStartOverlapping('2021-01-01')).toBe('2020-01-02');
  });
});
