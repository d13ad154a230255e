/**
 * `npm run db:maintain [-- --database-url URL]`: the periodic upkeep that writes leave undone. On PostgreSQL it
 * CLUSTERs the span roll-ups back into key order (writes add their rows wherever there is room, and a date range's
 * map read then visits more pages) and ANALYZEs; on SQLite it ANALYZEs the aggregate tables and runs
 * `PRAGMA optimize`. The counts stay as they are. See lib/incidents/aggregates/maintain-aggregates.ts.
 */
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/db/create-client';
import { databaseKind, rawDatabaseUrl, redactUrl, resolveDatabaseUrl } from '@/lib/db/database-url';
import { maintainAggregates } from '@/lib/incidents/aggregates/maintain-aggregates';

const { values } = parseArgs({ options: { 'database-url': { type: 'string' } } });
const url = resolveDatabaseUrl(values['database-url'] ?? rawDatabaseUrl());
const prisma = createPrismaClient(url);
try {
  console.log(`Maintaining ${redactUrl(url)}:`);
  for (const step of await maintainAggregates(prisma, databaseKind(url))) {
    console.log(`  ${step.statement.padEnd(72)} ${(step.ms / 1000).toFixed(1)} s`);
  }
} finally {
  await prisma.$disconnect();
}
