// The split must be exact: for any incident interval and any filter range, "matches the overlap filter"
// must equal "is in the aggregate part" XOR "is in an edge part" (never both, and never in two edges).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDateRange, type Grain } from '@/lib/incidents/aggregates/split-date-range';

const day = fc.date({ min: new Date('2019-11-01T00:00:00Z'), max: new Date('2021-02-28T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const keyOf = (d: string, grain: Grain) => d.slice(0, grain === 'month' ? 7 : 4);

describe('splitDateRange', () => {
  it('keeps aligned ranges entirely in the aggregate', () => {
    expect(splitDateRange('2024-02-01', '2024-03-31', 'month')).toEqual({ cells: { endFrom: '2024-02', startTo: '2024-03' }, edges: [] });
    expect(splitDateRange('2024-01-01', null, 'year')).toEqual({ cells: { endFrom: '2024', startTo: null }, edges: [] });
  });

  it('sends a mid-month edge to the incident table and shrinks the aggregate past it', () => {
    expect(splitDateRange('2024-02-15', '2024-12-30', 'month')).toEqual({
      cells: { endFrom: '2024-03', startTo: '2024-11' },
      edges: [
        { dateEnd: { gte: '2024-02-15', lte: '2024-02-29' }, dateStart: { lte: '2024-12-30' } },
        { dateStart: { gte: '2024-12-01', lte: '2024-12-30' }, dateEnd: { gte: '2024-03-01' } },
      ],
    });
    expect(splitDateRange(null, '2024-01-15', 'month').cells.startTo).toBe('2023-12');
  });

  for (const grain of ['month', 'year'] as const) {
    it(`is exact at ${grain} grain for any interval and range`, () => {
      fc.assert(
        fc.property(day, day, fc.option(day), fc.option(day), (a, b, from, to) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const matches = (!from || end >= from) && (!to || start <= to);
          const { cells, edges } = splitDateRange(from, to, grain);
          const inCells =
            (!cells.endFrom || keyOf(end, grain) >= cells.endFrom) && (!cells.startTo || keyOf(start, grain) <= cells.startTo);
          const within = (value: string, b?: { gte?: string; lte?: string }) => !b || ((!b.gte || value >= b.gte) && (!b.lte || value <= b.lte));
          const edgesIn = edges.filter((e) => within(end, e.dateEnd) && within(start, e.dateStart)).length;
          const inEdge = edgesIn > 0;
          // Each edge is the whole overlap test for its rows (queried without the filter's own range), and the
          // edges are disjoint: the map reads each by a statement of its own and adds the counts.
          expect(inCells && inEdge).toBe(false);
          expect(edgesIn).toBeLessThanOrEqual(1);
          expect(inCells || inEdge).toBe(matches);
        }),
        { numRuns: 3000 },
      );
    });
  }
});
