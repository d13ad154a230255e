import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceGroup } from '@/lib/markers/count-places';
import { snapToGrid } from '@/lib/markers/snap-to-grid';

const arbGroup: fc.Arbitrary<PlaceGroup> = fc.record({
  lat: fc.double({ min: 38, max: 43, noNaN: true }).map((x) => Math.round(x * 1e4) / 1e4),
  lon: fc.double({ min: 124, max: 131, noNaN: true }).map((x) => Math.round(x * 1e4) / 1e4),
  type: fc.constantFrom('arrest', 'trial'),
  admin1: fc.constantFrom('Ryanggang', null),
  placeName: fc.constantFrom('Hyesan', 'Marked location', null),
  precision: fc.constantFrom('city', 'site', 'province'),
  n: fc.integer({ min: 1, max: 50 }),
});

describe('snapToGrid', () => {
  it('keeps every exact point when they fit', () => {
    const groups: PlaceGroup[] = [
      { lat: 41.4, lon: 128.18, type: 'arrest', admin1: 'Ryanggang', placeName: 'Hyesan', precision: 'city', n: 3 },
      { lat: 41.4, lon: 128.18, type: 'arrest', admin1: 'Ryanggang', placeName: 'Hyesan City', precision: 'city', n: 2 },
      { lat: 41.79, lon: 129.78, type: 'arrest', admin1: 'North Hamgyong', placeName: 'Chongjin', precision: 'city', n: 1 },
    ];
    const out = snapToGrid(groups, 10);
    expect(out).toHaveLength(2); // two spellings of one point are one marker
    expect(out.find((g) => g.lat === 41.4)).toMatchObject({ n: 5, points: 1, placeName: 'Hyesan' });
  });

  it('never sends more than the bound (beyond province points and types), and loses no incident', () => {
    fc.assert(
      fc.property(fc.array(arbGroup, { maxLength: 400 }), fc.integer({ min: 5, max: 100 }), (groups, max) => {
        const out = snapToGrid(groups, max);
        expect(out.reduce((s, g) => s + g.n, 0)).toBe(groups.reduce((s, g) => s + g.n, 0));
        const provincePoints = new Set(groups.filter((g) => g.precision === 'province').map((g) => `${g.lat},${g.lon},${g.type}`)).size;
        // The coarsest step (2°) leaves at most 3 × 4 cells × 2 types in this box, plus province points.
        expect(out.length).toBeLessThanOrEqual(Math.max(max, 24 + provincePoints) + provincePoints);
        for (const g of out) {
          expect(g.lat).toBeGreaterThanOrEqual(38);
          expect(g.lat).toBeLessThanOrEqual(43);
        }
      }),
    );
  });
});
