import 'server-only';
import { getProvinceByName, PROVINCES } from '@/lib/geo/provinces';
import { countIncidents } from './count-incidents';
import type { IncidentFilter } from './filter';
import type { ProvinceCount } from './get-incident-stats';

export type ProvinceOption = { slug: string; name: string; count: number };

/**
 * Provinces with their counts as if no province were selected; selected ones stay listed at zero. With no
 * province selected that is the view's own count by province, so `byProvince` (from getIncidentStats) is
 * reused rather than counted again.
 */
export async function getProvinceFacet(filter: IncidentFilter, byProvince?: ProvinceCount[]): Promise<ProvinceOption[]> {
  const rows =
    filter.provinces.length === 0 && byProvince
      ? byProvince.map((r) => ({ admin1: r.province, n: r.count }))
      : await countIncidents(filter, { dims: ['admin1'], skip: 'provinces' });
  const counts = new Map<string, number>();
  for (const row of rows) {
    const slug = row.admin1 ? getProvinceByName(row.admin1)?.slug : null;
    if (slug) counts.set(slug, row.n);
  }
  return PROVINCES.filter((p) => counts.has(p.slug) || filter.provinces.includes(p.slug)).map((p) => ({
    slug: p.slug,
    name: p.name,
    count: counts.get(p.slug) ?? 0,
  }));
}
