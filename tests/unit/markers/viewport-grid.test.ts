import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridLevel, gridStep } from '@/lib/geo/grid-cells';
import { cellColumn, cellRow } from '@/lib/geo/grid-cells';
import { MAX_FEATURES, chooseGridStep, countCells, expandBBox, toCellArea, toCellRange, type BBox } from '@/lib/markers/viewport-grid';

const arbBBox: fc.Arbitrary<BBox> = fc
  .tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))
  .filter(([a, b, c, d]) => a !== b && c !== d)
  .map(([a, b, c, d]) => [Math.min(a, b), Math.min(c, d), Math.max(a, b), Math.max(c, d)]);

const arbMicroBBox: fc.Arbitrary<BBox> = fc
  .tuple(fc.integer({ min: -180e6, max: 180e6 }), fc.integer({ min: -180e6, max: 180e6 }), fc.integer({ min: -90e6, max: 90e6 }), fc.integer({ min: -90e6, max: 90e6 }))
  .filter(([a, b, c, d]) => a !== b && c !== d)
  .map(([a, b, c, d]) => [Math.min(a, b) / 1e6, Math.min(c, d) / 1e6, Math.max(a, b) / 1e6, Math.max(c, d) / 1e6]);

describe('viewport grid', () => {
  it('never needs more than MAX_FEATURES cells, whatever the box and zoom', () => {
    fc.assert(
      fc.property(arbBBox, fc.integer({ min: 0, max: 22 }), (bbox, zoom) => {
        const area = expandBBox(bbox);
        expect(countCells(area, chooseGridStep(zoom, area))).toBeLessThanOrEqual(MAX_FEATURES);
      }),
      { numRuns: 2000 },
    );
  });

  it('cells get finer as a 1000×700 px viewport zooms in', () => {
    const viewport = (z: number): BBox => {
      const degrees = (px: number) => (px / 256) * (360 / 2 ** z);
      return [129 - degrees(500), 41 - degrees(350) / 1.3, 129 + degrees(500), 41 + degrees(350) / 1.3];
    };
    const steps = [3, 5, 7, 9, 12, 16].map((z) => chooseGridStep(z, expandBBox(viewport(z))));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1]);
  });

  it('an answer covers whole cells: the area of the cells the box touches holds the box, and a point is in it exactly when its cell is', () => {
    fc.assert(
      // Coordinates in micro-degrees, as stored: within a rounding of a grid line, a double may fall either side.
      fc.property(arbMicroBBox, fc.integer({ min: 0, max: 22 }), fc.integer({ min: -90e6, max: 90e6 }), fc.integer({ min: -180e6, max: 180e6 }), (bbox, zoom, microLat, microLon) => {
        const [lat, lon] = [microLat / 1e6, microLon / 1e6];
        const step = chooseGridStep(zoom, bbox);
        const range = toCellRange(bbox, step);
        const [west, south, east, north] = toCellArea(range, step);
        expect(west <= bbox[0] && south <= bbox[1] && east > bbox[2] && north > bbox[3]).toBe(true);
        expect(countCells(bbox, step)).toBe((range.rows[1] - range.rows[0] + 1) * (range.columns[1] - range.columns[0] + 1));
        const inRange = cellRow(lat, step) >= range.rows[0] && cellRow(lat, step) <= range.rows[1] && cellColumn(lon, step) >= range.columns[0] && cellColumn(lon, step) <= range.columns[1];
        expect(lat >= south && lat < north && lon >= west && lon < east).toBe(inRange);
      }),
      { numRuns: 2000 },
    );
    // The country at zoom 7 (bench:dashboard's view): level 9, cells of 0.703125°, whole cells past the box.
    const margin = expandBBox([124, 37.5, 131, 43]);
    const step = chooseGridStep(7, margin);
    expect(gridLevel(step)).toBe(9);
    expect(toCellArea(toCellRange(margin, step), step)).toEqual([121.640625, 35.859375, 132.890625, 45]);
  });

  it('grid levels are exact steps', () => {
    for (let level = 0; level <= 24; level++) expect(gridLevel(gridStep(level))).toBe(level);
    expect(gridLevel(0.7)).toBeNull();
  });

  it('a margin widens the box on each side and stays on the globe', () => {
    expect(expandBBox([120, 40, 130, 44])).toEqual([117.5, 39, 132.5, 45]);
    expect(expandBBox([-180, -90, 180, 90])).toEqual([-180, -90, 180, 90]);
  });
});
