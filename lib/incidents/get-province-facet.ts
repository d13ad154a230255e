import 'server-only';
import { countIncidents } from './count-incidents';
import type { IncidentFilter } from './filter';
import type { ProvinceCount } from './get-incident-stats';
import { toProvinceOptions, type ProvinceOption } from './province-options';

export type { ProvinceOption };

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
  return toProvinceOptions(rows, filter.provinces);
}
