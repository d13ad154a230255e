import type { PrismaClient } from '@/generated/prisma/client';
import type { DatabaseKind } from '@/lib/db/database-url';
import { AGGREGATE_TABLES } from './rebuild-aggregates';

/**
 * The roll-ups that a date range reads by a slice of their key, and the index whose order they are kept in. The
 * rebuild and the migrations write them in that order (rebuild-aggregates.ts), so that a range's rows lie on
 * neighbouring pages; every write afterwards appends its new keys wherever there is room. On PostgreSQL the months
 * view's quarter read touched 89 heap pages in key order against 2,102 in hash order (1M incidents, thirteenth pass).
 * SQLite reads these tables through their covering primary key or month index, which stays in order by itself.
 */
export const CLUSTERED_ROLLUPS = [
  { table: 'IncidentCellYearCount', index: 'IncidentCellYearCount_pkey' },
  { table: 'IncidentCellQuarterCount', index: 'IncidentCellQuarterCount_pkey' },
  { table: 'IncidentPlaceCount', index: 'IncidentPlaceCount_monthStart_monthEnd_idx' },
] as const;

export type MaintenanceStep = { statement: string; ms: number };

/**
 * `npm run db:maintain`: puts the span roll-ups back in key order (PostgreSQL `CLUSTER`, which rewrites the table and
 * locks out its readers meanwhile: seconds at a million incidents) and refreshes the planner's statistics: `ANALYZE`
 * on PostgreSQL; on SQLite `ANALYZE` of the aggregate tables (their row counts move with every write) and
 * `PRAGMA optimize` for the rest. Counts are untouched: only the rows' physical order and the statistics change.
 */
export async function maintainAggregates(prisma: PrismaClient, kind: DatabaseKind): Promise<MaintenanceStep[]> {
  const statements =
    kind === 'postgresql'
      ? [...CLUSTERED_ROLLUPS.map(({ table, index }) => `CLUSTER "${table}" USING "${index}"`), 'ANALYZE']
      : [...AGGREGATE_TABLES.map((table) => `ANALYZE "${table}"`), 'PRAGMA optimize'];
  const steps: MaintenanceStep[] = [];
  for (const statement of statements) {
    const started = performance.now();
    // PRAGMA optimize answers rows on SQLite; the others answer none.
    if (statement.startsWith('PRAGMA')) await prisma.$queryRawUnsafe(statement);
    else await prisma.$executeRawUnsafe(statement);
    steps.push({ statement, ms: performance.now() - started });
  }
  return steps;
}
