import 'server-only';
import { prisma } from '@/lib/db';
import { databaseKind, rawDatabaseUrl } from '@/lib/db/database-url';
import { toProvinceNames } from '@/lib/geo/provinces';
import type { DatePrecision, IncidentType } from '@/lib/taxonomy';
import { buildIncidentWhere, buildSpanConditions } from './build-where';
import { COARSE_PRECISIONS, type CoarseRow } from './coarse-dates';
import { canUseAggregates } from './count-incidents';
import { shownCountColumn, type IncidentFilter } from './filter';
import type { Interval } from './periods';

/**
 * Matching incidents dated more coarsely than the chart's bars, as one grouped count by precision, date span
 * and type. For the filters the aggregates answer, read from IncidentCoarseCount (a few thousand rows); the
 * incident table's coarse rows were ~68k for the monthly chart at 1M, an index-only scan of 140–290 ms on a
 * loaded PostgreSQL and the default view's biggest cost. Other filters (text, tags, outlets, other statuses)
 * read the incident table, see countCoarseIncidents.
 */
export async function countCoarseDates(filter: IncidentFilter, by: Interval): Promise<CoarseRow[]> {
  const precisions = COARSE_PRECISIONS[by];
  if (!precisions.length) return [];
  return canUseAggregates(filter) ? countCoarseCells(filter, precisions) : countCoarseIncidents(filter, precisions);
}

/** From the rollup, with the same conditions on type, province and date span as the incident table. */
async function countCoarseCells(filter: IncidentFilter, precisions: readonly DatePrecision[]): Promise<CoarseRow[]> {
  const count = shownCountColumn(filter.status);
  const and = [{ precision: { in: [...precisions] } }, { [count]: { gt: 0 } }, ...buildSpanConditions(filter)];
  const rows = await prisma.incidentCoarseCount.groupBy({
    by: ['precision', 'dateStart', 'dateEnd', 'type'],
    where: { AND: and },
    _sum: { n: true, nReviewed: true },
  });
  return rows.map((r) => ({
    precision: r.precision as DatePrecision,
    dateStart: r.dateStart,
    dateEnd: r.dateEnd,
    type: r.type as IncidentType,
    n: r._sum[count] ?? 0,
  }));
}

/**
 * From the incident table: only coarse rows are read, through the index on (datePrecision, status, dateStart,
 * dateEnd, type, admin1). On SQLite the type and province filters are applied to the groups here, not in SQL:
 * given `type IN (…)` or `admin1 IN (…)`, SQLite read them through the (type, dateStart, id) or (admin1,
 * dateStart, id) index and every row of that type or province (at 1M: 1.2 s for `arrest`, 2.7 s for North
 * Hamgyong; 0.04–0.12 s covering). PostgreSQL keeps them in SQL (in code the province took 437 ms instead of 59).
 */
async function countCoarseIncidents(filter: IncidentFilter, precisions: readonly DatePrecision[]): Promise<CoarseRow[]> {
  const inCode = databaseKind(rawDatabaseUrl()) === 'sqlite';
  const types = inCode && filter.types.length ? new Set<string>(filter.types) : null;
  const provinces = inCode && filter.provinces.length ? new Set(toProvinceNames(filter.provinces)) : null;
  const sqlFilter = inCode ? { ...filter, types: [], provinces: [] } : filter;
  const rows = await prisma.incident.groupBy({
    by: ['datePrecision', 'dateStart', 'dateEnd', 'type', ...(provinces ? (['admin1'] as const) : [])],
    where: {
      AND: [{ datePrecision: { in: [...precisions] } }, buildIncidentWhere(sqlFilter), { dateStart: { not: null } }],
    },
    _count: { _all: true },
  });
  const counts = new Map<string, CoarseRow>();
  for (const r of rows) {
    if (!r.dateStart || !r.dateEnd || (types && !types.has(r.type)) || (provinces && !provinces.has(r.admin1 ?? ''))) continue;
    const key = `${r.datePrecision}|${r.dateStart}|${r.dateEnd}|${r.type}`;
    const known = counts.get(key);
    if (known) known.n += r._count._all;
    else counts.set(key, { precision: r.datePrecision as DatePrecision, dateStart: r.dateStart, dateEnd: r.dateEnd, type: r.type as IncidentType, n: r._count._all });
  }
  return [...counts.values()];
}
