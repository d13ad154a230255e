import type { PrismaClient } from '@/generated/prisma/client';
import { databaseKind } from '@/lib/db/database-url';

/**
 * Gives the query planner statistics where they are missing or stale, once at start. Without them SQLite
 * takes every index as selective: at a million rows it read the map's id look-up through the status index
 * (every row, 1.6 s) instead of (lat, lon) (1 ms). `PRAGMA optimize=0x10002` analyzes only the tables that
 * need it (none, usually; about 3 s for a million incidents never analyzed). PostgreSQL's autovacuum keeps
 * its own statistics.
 */
export async function refreshPlannerStats(prisma: PrismaClient, url: string): Promise<void> {
  if (databaseKind(url) === 'sqlite') await prisma.$queryRawUnsafe('PRAGMA optimize=0x10002');
}
