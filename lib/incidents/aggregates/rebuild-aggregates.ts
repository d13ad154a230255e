import type { PrismaClient } from '@/generated/prisma/client';

// The aggregates recomputed from the incident table, in portable SQL (SQLite and PostgreSQL). The
// migration that created the tables backfilled them with the same statements.
const REBUILD = [
  'DELETE FROM "IncidentMonthCount"',
  'DELETE FROM "IncidentWeekCount"',
  'DELETE FROM "IncidentPlaceCount"',
  `INSERT INTO "IncidentMonthCount" ("monthStart", "monthEnd", "yearStart", "type", "admin1", "status", "n")
   SELECT COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''), COALESCE(SUBSTR("dateStart", 1, 4), ''),
          "type", COALESCE("admin1", ''), "status", COUNT(*)
   FROM "Incident" GROUP BY 1, 2, 3, 4, 5, 6`,
  `INSERT INTO "IncidentWeekCount" ("week", "monthStart", "monthEnd", "type", "admin1", "status", "n")
   SELECT COALESCE("periodWeek", ''), COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''),
          "type", COALESCE("admin1", ''), "status", COUNT(*)
   FROM "Incident" GROUP BY 1, 2, 3, 4, 5, 6`,
  `INSERT INTO "IncidentPlaceCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "status", "yearStart", "yearEnd", "n")
   SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision", "status",
          COALESCE(SUBSTR("dateStart", 1, 4), ''), COALESCE(SUBSTR("dateEnd", 1, 4), ''), COUNT(*)
   FROM "Incident" WHERE "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
];

/**
 * Recomputes every aggregate from the incidents, in one transaction. For bulk loads (db:synthetic) and as
 * a repair after writes that went around applyIncidentDelta; normal writes never need it.
 */
export async function rebuildAggregates(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(REBUILD.map((sql) => prisma.$executeRawUnsafe(sql)));
}
