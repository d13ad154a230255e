import { getProvinceBySlug } from '@/lib/geo/provinces';
import { listShownStatuses, type IncidentFilter } from '@/lib/incidents/filter';
import { endOfDateBound, startOfDateBound } from '@/lib/dates/calendar';

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The dashboard's main aggregate (counts per month × type) for a filter as ONE hand-written SQL query over
 * the incident table: the yardstick bench:dashboard divides our time by. Values are inlined as escaped
 * literals (bench views only), so the same text runs on SQLite and PostgreSQL.
 */
export function plainStatsSql(filter: IncidentFilter): string {
  const where = [`"status" IN (${listShownStatuses(filter.status).map(literal).join(', ')})`];
  if (filter.types.length) where.push(`"type" IN (${filter.types.map(literal).join(', ')})`);
  if (filter.provinces.length) {
    where.push(`"admin1" IN (${filter.provinces.map((p) => literal(getProvinceBySlug(p)?.name ?? p)).join(', ')})`);
  }
  if (filter.from) where.push(`"dateEnd" >= ${literal(startOfDateBound(filter.from))}`);
  if (filter.to) where.push(`"dateStart" <= ${literal(endOfDateBound(filter.to))}`);
  if (filter.q) where.push(`"searchText" LIKE ${literal(`%${filter.q.toLowerCase()}%`)}`);
  return `SELECT "periodMonth", "type", COUNT(*) AS n FROM "Incident" WHERE ${where.join(' AND ')} GROUP BY "periodMonth", "type"`;
}
