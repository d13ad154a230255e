import 'server-only';
import { getProvinceByName } from '@/lib/geo/provinces';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';
import type { Interval } from './periods';
import { groupCoarseBands, removeBandsFromBars, type CoarseBand } from './coarse-dates';
import { countCoarseDates } from './count-coarse-dates';
import { countIncidents } from './count-incidents';
import type { IncidentFilter } from './filter';
import { listPeriods } from './periods';

export type PeriodCounts = { period: string } & Partial<Record<IncidentType, number>>;
export type ProvinceCount = { province: string; slug: string | null; count: number };

export type IncidentStats = {
  total: number;
  byType: Record<IncidentType, number>;
  /** Per type, counted as if no type were selected, so every checkbox shows what it would add. */
  typeFacet: Record<IncidentType, number>;
  /** The bars: incidents per period of the interval, without the dates coarser than a bar. */
  byPeriod: PeriodCounts[];
  /** Dates coarser than a bar ("sometime in 2022"), each over the periods it covers (lib/incidents/coarse-dates.ts). */
  coarse: CoarseBand[];
  byProvince: ProvinceCount[];
  /** Matching incidents with no usable date (not in byPeriod). */
  undated: number;
  /** Matching incidents with no province (abroad at country level, or unknown). */
  unplaced: number;
};

/**
 * Totals, the type facet, the chart series and the province counts for a filter: two grouped counts,
 * read from the aggregate tables when the filter allows (see count-incidents.ts), and a third, indexed one
 * of the dates coarser than the chart's bars. byPeriod + coarse + undated add up to total.
 */
export async function getIncidentStats(filter: IncidentFilter, by: Interval): Promise<IncidentStats> {
  // Two grouped counts: period × type for the view, and type × province without the type filter, which
  // gives both the type facet (summed over provinces) and the view's provinces (summed over selected types).
  const [periodRows, typeProvinceRows, coarseRows] = await Promise.all([
    countIncidents(filter, { dims: ['period', 'type'], by }),
    countIncidents(filter, { dims: ['type', 'admin1'], skip: 'types' }),
    countCoarseDates(filter, by),
  ]);

  const zero = () => Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as Record<IncidentType, number>;
  const [byType, typeFacet] = [zero(), zero()];
  const selected = (type: string) => filter.types.length === 0 || (filter.types as string[]).includes(type);
  const provinceCounts = new Map<string | null, number>();
  for (const row of typeProvinceRows) {
    if (row.type! in typeFacet) typeFacet[row.type as IncidentType] += row.n;
    if (selected(row.type!)) provinceCounts.set(row.admin1 ?? null, (provinceCounts.get(row.admin1 ?? null) ?? 0) + row.n);
  }
  const provinceRows = [...provinceCounts].map(([admin1, n]) => ({ admin1, n }));

  const counts = new Map<string, PeriodCounts>();
  let undated = 0;
  let total = 0;
  for (const row of periodRows) {
    total += row.n;
    if (row.type! in byType) byType[row.type as IncidentType] += row.n;
    const period = row.period;
    if (!period) {
      undated += row.n;
      continue;
    }
    const bucket = counts.get(period) ?? { period };
    bucket[row.type as IncidentType] = row.n;
    counts.set(period, bucket);
  }
  const coarse = groupCoarseBands(coarseRows, by);
  removeBandsFromBars(counts, coarse);
  // The axis runs from the first bar or band to the last, so every band has its periods to lie over.
  const periods = [...counts.keys(), ...coarse.flatMap((band) => [band.first, band.last])].sort();
  const byPeriod = periods.length
    ? listPeriods(periods[0], periods[periods.length - 1], by).map((p) => counts.get(p) ?? { period: p })
    : [];

  let unplaced = 0;
  const byProvince: ProvinceCount[] = [];
  for (const row of provinceRows) {
    if (!row.admin1) unplaced += row.n;
    else byProvince.push({ province: row.admin1, slug: getProvinceByName(row.admin1)?.slug ?? null, count: row.n });
  }
  byProvince.sort((a, b) => b.count - a.count || a.province.localeCompare(b.province));

  return { total, byType, typeFacet, byPeriod, coarse, byProvince, undated, unplaced };
}
