import 'server-only';
import { prisma } from '@/lib/db';
import { getProvinceByName, PROVINCES } from '@/lib/geo/provinces';
import { buildIncidentWhere } from './build-where';
import type { IncidentFilter } from './filter';

export type ProvinceOption = { slug: string; name: string; count: number };

/** Provinces with their counts as if no province were selected; selected ones stay listed at zero. */
export async function getProvinceFacet(filter: IncidentFilter): Promise<ProvinceOption[]> {
  const rows = await prisma.incident.groupBy({
    by: ['admin1'],
    where: buildIncidentWhere(filter, 'provinces'),
    _count: { _all: true },
  });
  const counts = new Map<string, number>();
  for (const row of rows) {
    const slug = row.admin1 ? getProvinceByName(row.admin1)?.slug : null;
    if (slug) counts.set(slug, row._count._all);
  }
  return PROVINCES.filter((p) => counts.has(p.slug) || filter.provinces.includes(p.slug)).map((p) => ({
    slug: p.slug,
    name: p.name,
    count: counts.get(p.slug) ?? 0,
  }));
}
