import 'server-only';
import { prisma } from '@/lib/db';
import { getProvinceByName, PROVINCES } from '@/lib/geo/provinces';
import { buildIncidentWhere } from './build-where';
import type { IncidentFilter } from './filter';
import type { ProvinceCount } from './get-incident-stats';

export type ProvinceOption = { slug: string; name: string; count: number };

/**
 * Provinces with their counts as if no province were selected; selected ones stay listed at zero. With no
 * province selected that is the view's own count by province, so `byProvince` (from getIncidentStats) is
 * reused rather than queried again.
 */
export async function getProvinceFacet(filter: IncidentFilter, byProvince?: ProvinceCount[]): Promise<ProvinceOption[]> {
  const rows =
    filter.provinces.length === 0 && byProvince
      ? byProvince.map((r) => ({ admin1: r.province, count: r.count }))
      : (
          await prisma.incident.groupBy({
            by: ['admin1'],
            where: buildIncidentWhere(filter, 'provinces'),
            _count: { _all: true },
          })
        ).map((r) => ({ admin1: r.admin1, count: r._count._all }));
  const counts = new Map<string, number>();
  for (const row of rows) {
    const slug = row.admin1 ? getProvinceByName(row.admin1)?.slug : null;
    if (slug) counts.set(slug, row.count);
  }
  return PROVINCES.filter((p) => counts.has(p.slug) || filter.provinces.includes(p.slug)).map((p) => ({
    slug: p.slug,
    name: p.name,
    count: counts.get(p.slug) ?? 0,
  }));
}
