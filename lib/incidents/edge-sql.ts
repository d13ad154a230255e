import { Prisma } from '@/generated/prisma/client';
import type { EdgeCondition } from './aggregates/split-date-range';

/**
 * One day-bounded edge's conditions on dateStart and dateEnd as SQL: the incident table and IncidentDayCount both
 * have the two columns, under the same names.
 */
export function toEdgeSql(edge: EdgeCondition): Prisma.Sql {
  const terms: Prisma.Sql[] = [];
  for (const [column, bound] of Object.entries(edge) as [string, { gte?: string; lte?: string }][]) {
    const name = Prisma.raw(`"${column}"`);
    if (bound.gte !== undefined) terms.push(Prisma.sql`${name} >= ${bound.gte}`);
    if (bound.lte !== undefined) terms.push(Prisma.sql`${name} <= ${bound.lte}`);
  }
  return Prisma.sql`(${Prisma.join(terms, ' AND ')})`;
}
