// The map's month cells split into whole year spans (IncidentCellYearCount), partial years' whole quarters
// (IncidentCellQuarterCount) and months (IncidentPlaceCount) must be exact: every row the month cells select is in
// exactly one part, and no other row is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quarterOf } from '@/lib/dates/calendar';
import { splitMonthsByYear, type MonthPart, type YearPart } from '@/lib/incidents/aggregates/split-date-range';

const month = fc.integer({ min: 0, max: 59 }).map((i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const ordinal = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
// A place row's month span: dated, at most 365 days long (MAX_DATE_SPAN_DAYS: up to 13 months), or undated.
const span = fc.oneof(
  fc.tuple(month, fc.integer({ min: 1, max: 13 })).map(([start, length]) => {
    const end = ordinal(start) + length - 1;
    return { monthStart: start, monthEnd: `${Math.floor(end / 12)}-${String((end % 12) + 1).padStart(2, '0')}` };
  }),
  fc.constant({ monthStart: '', monthEnd: '' }),
);

/** What count-cells.ts reads for the month cells: monthEnd ≥ endFrom, monthStart ≤ startTo, dated. */
const inCells = (r: { monthStart: string; monthEnd: string }, endFrom: string | null, startTo: string | null) =>
  r.monthStart !== '' && (!endFrom || r.monthEnd >= endFrom) && (!startTo || r.monthStart <= startTo);
const inMonths = (r: { monthStart: string; monthEnd: string }, p: MonthPart) =>
  r.monthStart !== '' && (!p.endFrom || r.monthEnd >= p.endFrom) && (!p.endBefore || r.monthEnd < p.endBefore) &&
  (!p.startFrom || r.monthStart >= p.startFrom) && (!p.startAfter || r.monthStart > p.startAfter) && (!p.startTo || r.monthStart <= p.startTo);
// A quarter part's bounds hold on the row's quarter keys, as IncidentCellQuarterCount stores them.
const inQuarters = (r: { monthStart: string; monthEnd: string }, p: MonthPart) => inMonths({ monthStart: quarterOf(r.monthStart), monthEnd: quarterOf(r.monthEnd) }, p);
const inYears = (r: { monthStart: string; monthEnd: string }, y: YearPart | null) => {
  const [yearStart, yearEnd] = [r.monthStart.slice(0, 4), r.monthEnd.slice(0, 4)];
  return y !== null && yearStart !== '' && (!y.endFrom || yearEnd >= y.endFrom) && (!y.startFrom || yearStart >= y.startFrom) && (!y.startTo || yearStart <= y.startTo);
};

describe('splitMonthsByYear', () => {
  it('reads whole years per year, the partial years by quarter, and months only where an end cuts a quarter', () => {
    expect(splitMonthsByYear({ endFrom: '2024-01', startTo: '2024-12' })).toEqual({
      years: { endFrom: '2024', startFrom: '2023', startTo: '2024' },
      quarters: [],
      months: [],
    });
    // The months view (from=2020-01&to=2021-06): its half year is two quarters of dateStart, no month.
    const { years, quarters, months } = splitMonthsByYear({ endFrom: '2020-01', startTo: '2021-06' });
    expect(years).toEqual({ endFrom: '2020', startFrom: '2019', startTo: '2020' });
    expect(quarters).toEqual([{ startAfter: '2020-12', startTo: '2021-04' }]);
    expect(months).toEqual([]);
    // Unaligned ends: the months before the first whole quarter of dateEnd, after the last whole one of dateStart.
    expect(splitMonthsByYear({ endFrom: '2020-02', startTo: '2022-05' })).toEqual({
      years: { endFrom: '2021', startFrom: '2020', startTo: '2021' },
      quarters: [
        { endFrom: '2020-04', endBefore: '2021-01', startFrom: '2019-01' },
        { startAfter: '2021-12', startTo: '2022-01' },
      ],
      months: [
        { endFrom: '2020-02', startFrom: '2019-02', startTo: '2022-05', endBefore: '2020-04' },
        { endFrom: '2021-01', startFrom: '2019-02', startTo: '2022-05', startAfter: '2022-03' },
      ],
    });
  });

  it('reads a range without a whole year as one month part, with no year query', () => {
    // from=2019-03-15&to=2019-04-10: the month cells are the incidents that span March and April.
    expect(splitMonthsByYear({ endFrom: '2019-04', startTo: '2019-03' })).toEqual({
      years: null,
      quarters: [],
      months: [{ endFrom: '2019-04', startFrom: '2018-04', startTo: '2019-03' }],
    });
    expect(splitMonthsByYear({ endFrom: '2019-04', startTo: '2020-02' }).years).toBeNull();
    expect(splitMonthsByYear({ endFrom: '2019-04', startTo: '2020-02' }).months).toHaveLength(1);
  });

  it('is exact for any range and any row', () => {
    fc.assert(
      fc.property(fc.option(month), fc.option(month), fc.array(span, { maxLength: 30 }), (endFrom, startTo, rows) => {
        fc.pre(Boolean(endFrom || startTo));
        const { years, quarters, months } = splitMonthsByYear({ endFrom, startTo });
        for (const row of rows) {
          const parts = [inYears(row, years), ...quarters.map((p) => inQuarters(row, p)), ...months.map((p) => inMonths(row, p))].filter(Boolean).length;
          expect(parts, JSON.stringify({ endFrom, startTo, row, years, quarters, months })).toBe(inCells(row, endFrom, startTo) ? 1 : 0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
