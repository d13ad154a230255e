import { canUseSearchIndex, quoteFtsString } from '@/lib/db/route-search-sql';
import { SEARCH_TABLE } from '@/lib/db/sqlite-search-index';
import { getProvinceBySlug } from '@/lib/geo/provinces';
import { foldSearchText } from '@/lib/incidents/search-text';
import { listShownStatuses, type IncidentFilter } from '@/lib/incidents/filter';
import { endOfDateBound, startOfDateBound } from '@/lib/dates/calendar';

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The dashboard's main aggregate (counts per month × type) for a filter as ONE hand-written SQL query over
 * the incident table: the yardstick bench:dashboard divides our time by. Values are inlined as escaped
 * literals (bench views only), so the same text runs on SQLite and PostgreSQL.
 */
export function plainStatsSql(filter: IncidentFilter, kind: 'sqlite' | 'postgresql' = 'postgresql'): string {
  const where = [`"status" IN (${listShownStatuses(filter.status).map(literal).join(', ')})`];
  if (filter.types.length) where.push(`"type" IN (${filter.types.map(literal).join(', ')})`);
  if (filter.provinces.length) {
    where.push(`"admin1" IN (${filter.provinces.map((p) => literal(getProvinceBySlug(p)?.name ?? p)).join(', ')})`);
  }
  if (filter.from) where.push(`"dateEnd" >= ${literal(startOfDateBound(filter.from))}`);
  if (filter.to) where.push(`"dateStart" <= ${literal(endOfDateBound(filter.to))}`);
  // The search as each database's index answers it (lib/db/route-search-sql.ts on SQLite; pg_trgm serves the LIKE).
  const q = filter.q ? foldSearchText(filter.q) : '';
  if (q && kind === 'sqlite' && canUseSearchIndex(q)) {
    where.push(`"id" IN (SELECT rowid FROM "${SEARCH_TABLE}" WHERE "${SEARCH_TABLE}" MATCH ${literal(quoteFtsString(q))})`);
  } else if (q) {
    where.push(`"searchText" LIKE ${literal(`%${q}%`)}`);
  }
  return `SELECT "periodMonth", "type", COUNT(*) AS n FROM "Incident" WHERE ${where.join(' AND ')} GROUP BY "periodMonth", "type"`;
}
