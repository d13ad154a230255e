import 'server-only';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';
import { groupCoarseBands, removeBandsFromBars, type CoarseBand, type CoarseRow } from './coarse-dates';
import { countCoarseDates } from './count-coarse-dates';
import { countIncidents, type CountRow } from './count-incidents';
import { sumRows } from './count-search-stats';
import { countSegments } from './count-segments';
import type { IncidentFilter } from './filter';
import { listPeriods, rollUpPeriod, type Interval } from './periods';

export type PeriodCounts = { period: string } & Partial<Record<IncidentType, number>>;

/**
 * The most bars a timeline draws. Past it the next coarser interval is used instead (weeks → months →
 * years) and `coarsenedFrom` says which was asked for: at 10 px a bar, 400 weeks already scroll 4,000 px.
 */
export const MAX_PERIODS = 400;
/**
 * The most stacked segments (non-empty period × type cells) a timeline draws; past it, too, the next coarser
 * interval is used. Set when every segment was a Recharts bar: 324 months × 9 types (≈ 2,900) were one
 * main-thread task of 3.8 s on a quiet 2-core machine (8–10 s loaded), 800 about 1 s. The chart now draws
 * stacked steps past 150 segments (components/charts/timeline-shape.ts), and raising this cap was measured
 * again for them (bench:browser at 1M on SQLite, --runs 3, two runs each, load 5–9; the default view then
 * draws 324 months instead of 27 years): untick a type → count, markers and charts updated 1.1–1.4 s at 800,
 * 2.1–3.2 s at 4,000; navigation → everything drawn 3.9–5.1 s vs 4.4–6.4 s; 8.0 vs 15.5 KiB per filter
 * change. The months still cost the browser more than they show, so the cap stays.
 */
export const MAX_SEGMENTS = 800;
const COARSER: Record<Interval, Interval | null> = { week: 'month', month: 'year', year: null };

export type Timeline = {
  /** The interval the bars are in: the one asked for, or a coarser one when that had too many bars. */
  interval: Interval;
  coarsenedFrom: Interval | null;
  /** The bars: incidents per period, without the dates coarser than a bar. */
  byPeriod: PeriodCounts[];
  /** Dates coarser than a bar ("sometime in 2022"), each over the periods it covers (coarse-dates.ts). */
  coarse: CoarseBand[];
  total: number;
  byType: Record<IncidentType, number>;
  /** Matching incidents with no usable date (in neither byPeriod nor coarse). */
  undated: number;
};

/**
 * The timeline for a filter: one grouped count by period × type (from the aggregates when the filter allows)
 * and one of the coarse dates. byPeriod + coarse + undated add up to total. A timeline too dense for its
 * interval is shown in the next coarser one: years are summed from the months already counted (a year holds its
 * months whole, and no date is coarser than a yearly bar), weeks are counted again by month (a week can straddle
 * two months, and month-only dates become bars again).
 */
export async function countTimeline(filter: IncidentFilter, by: Interval, options: TimelineOptions = {}): Promise<Timeline> {
  const [periodRows, coarseRows] = await Promise.all([
    options.counted ?? countIncidents(filter, { dims: ['period', 'type'], by }),
    countCoarseDates(filter, by),
  ]);
  const fit = { asked: options.asked ?? by, maxSegments: options.maxSegments ?? MAX_SEGMENTS };
  return fitTimeline(filter, by, fit, periodRows, coarseRows);
}

export type TimelineOptions = {
  /** The interval the user asked for, when `by` is already a coarser one. */
  asked?: Interval;
  /** The period × type rows for `by`, when the caller counts them already (count-search-stats.ts). */
  counted?: Promise<CountRow[]>;
  /** The segment cap (tests lower it to coarsen a small timeline). */
  maxSegments?: number;
};

type Fit = { asked: Interval; maxSegments: number };

async function fitTimeline(filter: IncidentFilter, by: Interval, fit: Fit, periodRows: CountRow[], coarseRows: CoarseRow[]): Promise<Timeline> {
  const byType = Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as Record<IncidentType, number>;
  const counts = new Map<string, PeriodCounts>();
  let undated = 0;
  let total = 0;
  for (const row of periodRows) {
    total += row.n;
    if (row.type! in byType) byType[row.type as IncidentType] += row.n;
    if (!row.period) {
      undated += row.n;
      continue;
    }
    const bucket = counts.get(row.period) ?? { period: row.period };
    bucket[row.type as IncidentType] = row.n;
    counts.set(row.period, bucket);
  }
  const coarse = groupCoarseBands(coarseRows, by);
  removeBandsFromBars(counts, coarse);
  // The axis runs from the first bar or band to the last, so every band has its periods to lie over.
  const ends = [...counts.keys(), ...coarse.flatMap((band) => [band.first, band.last])].sort();
  const periods = ends.length ? listPeriods(ends[0], ends[ends.length - 1], by, MAX_PERIODS + 1) : [];
  const coarser = COARSER[by];
  if ((periods.length > MAX_PERIODS || countSegments(counts.values()) > fit.maxSegments) && coarser) {
    if (by !== 'month') return countTimeline(filter, coarser, fit);
    const years = periodRows.map((row) => ({ ...row, period: row.period && rollUpPeriod(row.period, 'year') }));
    return fitTimeline(filter, 'year', fit, sumRows(years, ['period', 'type']), []);
  }
  const byPeriod = periods.slice(0, MAX_PERIODS).map((p) => counts.get(p) ?? { period: p });
  return { interval: by, coarsenedFrom: by === fit.asked ? null : fit.asked, byPeriod, coarse, total, byType, undated };
}
