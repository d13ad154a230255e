import 'server-only';
import { prisma } from '@/lib/db';
import type { IncidentType } from '@/lib/taxonomy';
import { buildIncidentWhere } from './build-where';
import { COARSE_PRECISIONS, toCoarseSpan, type CoarseSpan } from './coarse-dates';
import type { IncidentFilter } from './filter';
import type { Interval } from './periods';

/** Matching incidents dated more coarsely than the chart's bars, grouped by the span they cover and type. */
export async function countCoarseDates(filter: IncidentFilter, by: Interval): Promise<CoarseSpan[]> {
  const precisions = COARSE_PRECISIONS[by];
  if (!precisions.length) return [];
  const rows = await prisma.incident.groupBy({
    by: ['dateStart', 'dateEnd', 'type'],
    where: { AND: [buildIncidentWhere(filter), { datePrecision: { in: [...precisions] } }, { dateStart: { not: null } }] },
    _count: { _all: true },
  });
  return rows
    .filter((r) => r.dateStart && r.dateEnd)
    .map((r) => toCoarseSpan({ dateStart: r.dateStart!, dateEnd: r.dateEnd!, type: r.type as IncidentType, n: r._count._all }, by));
}
