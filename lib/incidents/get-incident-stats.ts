import 'server-only';
import { prisma } from '@/lib/db';
import { getProvinceByName } from '@/lib/geo/provinces';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';
import type { Interval } from './periods';
import { buildIncidentWhere } from './build-where';
import type { IncidentFilter } from './filter';
import { listPeriods } from './periods';

export type PeriodCounts = { period: string } & Partial<Record<IncidentType, number>>;
export type ProvinceCount = { province: string; slug: string | null; count: number };

export type IncidentStats = {
  total: number;
  byType: Record<IncidentType, number>;
  /** Per type, counted as if no type were selected, so every checkbox shows what it would add. */
  typeFacet: Record<IncidentType, number>;
  byPeriod: PeriodCounts[];
  byProvince: ProvinceCount[];
  /** Matching incidents with no usable date (not in byPeriod). */
  undated: number;
  /** Matching incidents with no province (abroad at country level, or unknown). */
  unplaced: number;
};

const PERIOD_FIELD = { month: 'periodMonth', week: 'periodWeek', year: 'periodYear' } as const;

export async function getIncidentStats(filter: IncidentFilter, by: Interval): Promise<IncidentStats> {
  const where = buildIncidentWhere(filter);
  const field = PERIOD_FIELD[by];
  // No separate COUNT: every matching incident is in exactly one (period, type) row, dated or not.
  const [typeRows, periodRows, provinceRows] = await Promise.all([
    prisma.incident.groupBy({ by: ['type'], where: buildIncidentWhere(filter, 'types'), _count: { _all: true } }),
    prisma.incident.groupBy({ by: [field, 'type'], where, _count: { _all: true } }),
    prisma.incident.groupBy({ by: ['admin1'], where, _count: { _all: true } }),
  ]);

  const zero = () => Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as Record<IncidentType, number>;
  const [byType, typeFacet] = [zero(), zero()];
  for (const row of typeRows) if (row.type in typeFacet) typeFacet[row.type as IncidentType] = row._count._all;

  const counts = new Map<string, PeriodCounts>();
  let undated = 0;
  let total = 0;
  for (const row of periodRows) {
    total += row._count._all;
    if (row.type in byType) byType[row.type as IncidentType] += row._count._all;
    const period = (row as Record<string, unknown>)[field] as string | null;
    if (!period) {
      undated += row._count._all;
      continue;
    }
    const bucket = counts.get(period) ?? { period };
    bucket[row.type as IncidentType] = row._count._all;
    counts.set(period, bucket);
  }
  const periods = [...counts.keys()].sort();
  const byPeriod = periods.length
    ? listPeriods(periods[0], periods[periods.length - 1], by).map((p) => counts.get(p) ?? { period: p })
    : [];

  let unplaced = 0;
  const byProvince: ProvinceCount[] = [];
  for (const row of provinceRows) {
    if (!row.admin1) unplaced += row._count._all;
    else byProvince.push({ province: row.admin1, slug: getProvinceByName(row.admin1)?.slug ?? null, count: row._count._all });
  }
  byProvince.sort((a, b) => b.count - a.count || a.province.localeCompare(b.province));

  return { total, byType, typeFacet, byPeriod, byProvince, undated, unplaced };
}
