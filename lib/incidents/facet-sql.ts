import { Prisma } from '@/generated/prisma/client';
import { toProvinceNames } from '@/lib/geo/provinces';
import type { FacetToSkip } from './build-where';
import type { IncidentFilter } from './filter';

/**
 * A filter's type and province terms as raw SQL, on any table with `type` and `admin1` columns (the incident table
 * and its roll-ups); `skip` leaves out the facet being counted, as buildIncidentWhere does.
 */
export function facetSql(filter: IncidentFilter, skip?: FacetToSkip): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filter.types.length && skip !== 'types') where.push(Prisma.sql`"type" IN (${Prisma.join(filter.types)})`);
  if (filter.provinces.length && skip !== 'provinces') where.push(Prisma.sql`"admin1" IN (${Prisma.join(toProvinceNames(filter.provinces))})`);
  return where;
}
