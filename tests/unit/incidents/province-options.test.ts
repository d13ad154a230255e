import { describe, expect, it } from 'vitest';
import { PROVINCES } from '@/lib/geo/provinces';
import { toProvinceOptions } from '@/lib/incidents/province-options';

describe('toProvinceOptions', () => {
  it('lists provinces with incidents in the table order, plus selected ones at zero', () => {
    const [a, b, c] = PROVINCES;
    const options = toProvinceOptions(
      [
        { admin1: c.name, n: 4 },
        { admin1: a.name, n: 9 },
        { admin1: null, n: 3 },
        { admin1: 'Atlantis', n: 1 },
      ],
      [b.slug],
    );
    expect(options).toEqual([
      { slug: a.slug, name: a.name, count: 9 },
      { slug: b.slug, name: b.name, count: 0 },
      { slug: c.slug, name: c.name, count: 4 },
    ]);
  });
});
