/**
 * Dates coarser than the chart's bars: a year-only date on the monthly chart, a month- or year-only date on
 * the weekly one. Counted in the first bar their span touches, they would claim "January" or "the first week";
 * instead they leave the bars and become a band over the whole span ("sometime in 2022"). Pure: no database.
 */
import type { DatePrecision, IncidentType } from '@/lib/taxonomy';
import { periodOf, type Interval } from './periods';

/** Which date precisions are coarser than one bar of each interval (a yearly bar holds a year whole). */
export const COARSE_PRECISIONS: Record<Interval, readonly DatePrecision[]> = {
  year: [],
  month: ['year'],
  week: ['month', 'year'],
};

/** One grouped row of coarse dates: how many incidents of a type have exactly this date span. */
export type CoarseRow = { precision: DatePrecision; dateStart: string; dateEnd: string; type: IncidentType; n: number };

/**
 * A band: the incidents dated only to `label` (`2022`, or `2022-03`), drawn over the chart's periods
 * `first`…`last`. `bar` is the period the grouped counts put them in (their span's first day).
 */
export type CoarseBand = {
  label: string;
  precision: DatePrecision;
  first: string;
  last: string;
  bar: string;
  n: number;
  byType: Partial<Record<IncidentType, number>>;
};

const labelOf = (row: CoarseRow) => (row.precision === 'year' ? row.dateStart.slice(0, 4) : row.dateStart.slice(0, 7));

/** One band per span, its counts summed over the types; in time order. Rows no coarser than a bar are left out. */
export function groupCoarseBands(rows: readonly CoarseRow[], by: Interval): CoarseBand[] {
  const bands = new Map<string, CoarseBand>();
  for (const row of rows) {
    if (row.n <= 0 || !COARSE_PRECISIONS[by].includes(row.precision)) continue;
    const label = labelOf(row);
    const band = bands.get(label) ?? {
      label,
      precision: row.precision,
      first: periodOf(row.dateStart, by),
      last: periodOf(row.dateEnd, by),
      bar: periodOf(row.dateStart, by),
      n: 0,
      byType: {},
    };
    band.n += row.n;
    band.byType[row.type] = (band.byType[row.type] ?? 0) + row.n;
    bands.set(label, band);
  }
  return [...bands.values()].sort((a, b) => a.first.localeCompare(b.first) || a.label.localeCompare(b.label));
}

type PeriodRow = { period: string } & Partial<Record<IncidentType, number>>;

/**
 * Takes the bands' incidents out of the bar each was counted in (rows keyed by period, changed in place).
 * A count never goes below zero, and a type left at zero is dropped from its row.
 */
export function removeBandsFromBars(rows: Map<string, PeriodRow>, bands: readonly CoarseBand[]): void {
  for (const band of bands) {
    const row = rows.get(band.bar);
    if (!row) continue;
    for (const [type, n] of Object.entries(band.byType) as [IncidentType, number][]) {
      const left = (row[type] ?? 0) - n;
      if (left > 0) row[type] = left;
      else delete row[type];
    }
  }
}
