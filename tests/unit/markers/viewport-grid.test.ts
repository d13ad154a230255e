import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEATURES, chooseGridStep, countCells, expandBBox, type BBox } from '@/lib/markers/viewport-grid';

const arbBBox: fc.Arbitrary<BBox> = fc
  .tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))
  .filter(([a, b, c, d]) => a !== b && c !== d)
  .map(([a, b, c, d]) => [Math.min(a, b), Math.min(c, d), Math.max(a, b), Math.max(c, d)]);

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

  it('a margin widens the box on each side and stays on the globe', () => {
    expect(expandBBox([120, 40, 130, 44])).toEqual([117.5, 39, 132.5, 45]);
    expect(expandBBox([-180, -90, 180, 90])).toEqual([-180, -90, 180, 90]);
  });
});
