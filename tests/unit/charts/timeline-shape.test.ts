import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import type { PeriodCounts } from '@/lib/incidents/get-incident-stats';
import { chooseTimelineShape, MAX_BAR_SEGMENTS, tickInterval } from '@/components/charts/timeline-shape';
import { countSegments } from '@/lib/incidents/count-segments';

const row = fc.record({
  period: fc.string({ minLength: 1, maxLength: 8 }),
  counts: fc.array(fc.nat({ max: 3 }), { minLength: INCIDENT_TYPES.length, maxLength: INCIDENT_TYPES.length }),
});
const toRow = ({ period, counts }: { period: string; counts: number[] }): PeriodCounts => ({
  period,
  // Zero counts are sometimes left out, as the server does, and sometimes written as 0.
  ...Object.fromEntries(INCIDENT_TYPES.flatMap((type, i) => (counts[i] || i % 2 ? [[type, counts[i]]] : []))),
});

describe('the timeline shape', () => {
  it('counts one segment per period and type with incidents, and draws steps only past the cap', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 120 }), (raw) => {
        const rows = raw.map(toRow);
        const cells = raw.reduce((n, r) => n + r.counts.filter((c) => c > 0).length, 0);
        expect(countSegments(rows)).toBe(cells);
        expect(chooseTimelineShape(rows)).toBe(cells > MAX_BAR_SEGMENTS ? 'steps' : 'bars');
      }),
      { numRuns: 200 },
    );
  });

  it('switches exactly at the cap', () => {
    const full = (n: number): PeriodCounts[] => Array.from({ length: n }, (_, i) => ({ period: `p${i}`, [INCIDENT_TYPES[0]]: 1 }));
    expect(chooseTimelineShape(full(MAX_BAR_SEGMENTS))).toBe('bars');
    expect(chooseTimelineShape(full(MAX_BAR_SEGMENTS + 1))).toBe('steps');
  });

  it('labels about ten periods on the axis, and every one of a few', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (periods) => {
        const every = tickInterval(periods) + 1;
        expect(Math.ceil(periods / every)).toBeLessThanOrEqual(10);
        if (periods <= 10) expect(every).toBe(1);
      }),
    );
  });
});
