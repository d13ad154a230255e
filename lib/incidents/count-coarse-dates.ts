import 'server-only';
import { prisma } from '@/lib/db';
import type { DatePrecision, IncidentType } from '@/lib/taxonomy';
import { buildIncidentWhere } from './build-where';
import { COARSE_PRECISIONS, type CoarseRow } from './coarse-dates';
import type { IncidentFilter } from './filter';
import type { Interval } from './periods';

/**
 * Matching incidents dated more coarsely than the chart's bars, as one grouped count by precision, date span
 * and type. Only coarse rows are read: the index on (datePrecision, status, dateStart, dateEnd, type, admin1)
 * covers the query for every filter the aggregates answer, so it never scans the finely dated majority.
 */
export async function countCoarseDates(filter: IncidentFilter, by: Interval): Promise<CoarseRow[]> {
  const precisions = COARSE_PRECISIONS[by];
  if (!precisions.length) return [];
  const rows = await prisma.incident.groupBy({
    by: ['datePrecision', 'dateStart', 'dateEnd', 'type'],
    where: { AND: [{ datePrecision: { in: [...precisions] } }, buildIncidentWhere(filter), { dateStart: { not: null } }] },
    _count: { _all: true },
  });
  return rows.flatMap((r) =>
    r.dateStart && r.dateEnd
      ? [{ precision: r.datePrecision as DatePrecision, dateStart: r.dateStart, dateEnd: r.dateEnd, type: r.type as IncidentType, n: r._count._all }]
      : [],
  );
}
