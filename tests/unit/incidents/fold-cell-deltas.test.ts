import { describe, expect, it } from 'vitest';
import { foldCellDeltas, type PointDelta } from '@/lib/incidents/aggregates/apply-cell-deltas';
import { CELL_LEVELS } from '@/lib/geo/grid-cells';

const point = (lat: number, lon: number, placeName: string, n: number, nReviewed = 0): PointDelta => ({
  key: { lat, lon, type: 'arrest', admin1: 'Ryanggang', placeName, precision: 'city' },
  n,
  nReviewed,
});

// At level 9 (cells of 0.703125°) Hyesan (41.4, 128.18) and a point 0.1° east share a cell; 41.484375 is a grid line.
const level9 = (cells: ReturnType<typeof foldCellDeltas>) => cells.filter((c) => c.key.level === 9);

describe('foldCellDeltas', () => {
  it('gives every level one cell per point, with the count, the weighted sums and the point as bounds', () => {
    const cells = foldCellDeltas([point(41.4, 128.18, 'Hyesan', 2, 1)]);
    expect(cells).toHaveLength(CELL_LEVELS.length);
    expect(level9(cells)).toEqual([
      {
        key: { level: 9, cellRow: 186, cellColumn: 438, type: 'arrest', admin1: 'Ryanggang' },
        n: 2, nReviewed: 1, sumLat: 82.8, sumLon: 256.36,
        added: { minLat: 41.4, maxLat: 41.4, minLon: 128.18, maxLon: 128.18, place: 'Hyesan', precision: 'city' },
      },
    ]);
  });

  it('merges new points of one place by comparison, and widens the bounds', () => {
    const [cell] = level9(foldCellDeltas([point(41.4, 128.18, 'Hyesan', 1), point(41.3, 128.28, 'Hyesan', 1)]));
    expect(cell.n).toBe(2);
    expect(cell.added).toEqual({ minLat: 41.3, maxLat: 41.4, minLon: 128.18, maxLon: 128.28, place: 'Hyesan', precision: 'city' });
  });

  it('leaves to the database what only it can order or know: two names, a lost point, a reviewed count alone', () => {
    expect(level9(foldCellDeltas([point(41.4, 128.18, 'Hyesan', 1), point(41.3, 128.28, 'Kapsan', 1)]))[0].added).toBeNull();
    expect(level9(foldCellDeltas([point(41.4, 128.18, 'Hyesan', 1), point(41.3, 128.28, 'Hyesan', -1)]))[0].added).toBeNull();
    expect(level9(foldCellDeltas([point(41.4, 128.18, 'Hyesan', 0, 1)]))[0].added).toBeNull();
  });

  it('puts a point on a grid line in the cell above it', () => {
    const rows = level9(foldCellDeltas([point(41.484375, 128.18, 'Line', 1), point(41.484374, 128.18, 'Below', 1)])).map((c) => c.key.cellRow);
    expect(rows).toEqual([187, 186]);
  });
});
