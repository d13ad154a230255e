/**
 * Dates coarser than the chart's bars: a year-only date on a monthly chart, a month (or year) on a weekly one.
 * Drawn as a bar in the first period they cover, they would claim "January"; instead they are taken out of
 * the bars and drawn as a band over every period they cover ("sometime in 2022").
 */
import type { DatePrecision, IncidentType } from '@/lib/taxonomy';
import { derivePeriods, listPeriods, type Interval } from './periods';

/** Which precisions are coarser than a bar of each interval. */
export const COARSE_PRECISIONS: Record<Interval, readonly DatePrecision[]> = {
  year: [],
  month: ['year'],
  week: ['month', 'year'],
};

/** Incidents of one type whose date covers `first`…`last` (periods of the chart's interval). */
export type CoarseSpan = { label: string; first: string; last: string; type: IncidentType; n: number };

/** The span a coarse date covers, from its stored day range: `2022` → 2022-01…2022-12 on a monthly chart. */
export function toCoarseSpan(
  row: { dateStart: string; dateEnd: string; type: IncidentType; n: number },
  by: Interval,
): CoarseSpan {
  const label = row.dateStart.slice(5) === '01-01' && row.dateEnd.slice(5) === '12-31' ? row.dateStart.slice(0, 4) : row.dateStart.slice(0, 7);
  return { label, first: derivePeriods(row.dateStart)[by], last: derivePeriods(row.dateEnd)[by], type: row.type, n: row.n };
}

/** One band per span label, its counts summed over the types. */
export type CoarseBand = { label: string; first: string; last: string; n: number };

export function groupCoarseBands(spans: readonly CoarseSpan[]): CoarseBand[] {
  const bands = new Map<string, CoarseBand>();
  for (const s of spans) {
    const known = bands.get(s.label);
    if (known) known.n += s.n;
    else bands.set(s.label, { label: s.label, first: s.first, last: s.last, n: s.n });
  }
  return [...bands.values()].sort((a, b) => a.first.localeCompare(b.first));
}

type Row = { period: string } & Partial<Record<IncidentType, number>>;

/**
 * The bars without the coarse dates (each was counted in the first period it covers), over every period
 * from the first bar or band to the last, so a band always has its periods on the axis.
 */
export function removeCoarseFromBars<T extends Row>(rows: readonly T[], spans: readonly CoarseSpan[], by: Interval): Row[] {
  const counts = new Map<string, Row>(rows.map((r) => [r.period, { ...r }]));
  for (const s of spans) {
    const row = counts.get(s.first);
    if (!row) continue;
    const left = (row[s.type] ?? 0) - s.n;
    if (left > 0) row[s.type] = left;
    else delete row[s.type];
  }
  const ends = [...counts.keys(), ...spans.flatMap((s) => [s.first, s.last])].sort();
  if (!ends.length) return [];
  return listPeriods(ends[0], ends[ends.length - 1], by).map((p) => counts.get(p) ?? { period: p });
}
