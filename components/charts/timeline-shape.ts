import { countSegments } from '@/lib/incidents/count-segments';
import type { PeriodCounts } from '@/lib/incidents/get-incident-stats';

/**
 * Past this many stacked segments (non-empty period × type cells) the timeline is drawn as stacked steps,
 * one path per type, instead of one bar rectangle per segment. Recharts renders each rectangle as its own
 * React subtree: at 1M incidents the default view's 27 years × 9 types (≈ 240 segments) held the main
 * thread for 0.7 s on a quiet 2-core machine, 800 segments for about 3 s loaded, while ten paths cost the
 * same whatever the number of periods. Below it, bars stay: each segment is its own click target.
 */
export const MAX_BAR_SEGMENTS = 150;

export type TimelineShape = 'bars' | 'steps';

/** Bars while they are few enough to draw quickly, stacked steps past that. */
export function chooseTimelineShape(rows: readonly PeriodCounts[]): TimelineShape {
  return countSegments(rows) > MAX_BAR_SEGMENTS ? 'steps' : 'bars';
}

/** Every how many periods the x axis labels one, so that about `labels` labels show. */
export function tickInterval(periods: number, labels = 10): number {
  return Math.max(0, Math.ceil(periods / labels) - 1);
}
