-- PostgreSQL twin of prisma/migrations/20261127192647_slim_aggregates (npm run db:pg:sync), with the same
-- hand-written parts: the tables are emptied before their key changes and refilled from the incidents after.
DELETE FROM "IncidentMonthCount";
DELETE FROM "IncidentWeekCount";
DELETE FROM "IncidentPlaceCount";

-- AlterTable
ALTER TABLE "IncidentMonthCount" DROP CONSTRAINT "IncidentMonthCount_pkey",
DROP COLUMN "status",
ADD COLUMN     "nReviewed" INTEGER NOT NULL,
ADD CONSTRAINT "IncidentMonthCount_pkey" PRIMARY KEY ("monthStart", "monthEnd", "type", "admin1");

-- AlterTable
ALTER TABLE "IncidentWeekCount" DROP CONSTRAINT "IncidentWeekCount_pkey",
DROP COLUMN "status",
ADD COLUMN     "nReviewed" INTEGER NOT NULL,
ADD CONSTRAINT "IncidentWeekCount_pkey" PRIMARY KEY ("week", "monthStart", "monthEnd", "type", "admin1");

-- AlterTable
ALTER TABLE "IncidentPlaceCount" DROP CONSTRAINT "IncidentPlaceCount_pkey",
DROP COLUMN "status",
ADD COLUMN     "nReviewed" INTEGER NOT NULL,
ADD CONSTRAINT "IncidentPlaceCount_pkey" PRIMARY KEY ("lat", "lon", "type", "admin1", "placeName", "precision", "yearStart", "yearEnd");

-- CreateIndex
CREATE INDEX "IncidentMonthCount_monthStart_type_admin1_monthEnd_n_nRevie_idx" ON "IncidentMonthCount"("monthStart", "type", "admin1", "monthEnd", "n", "nReviewed");

-- CreateIndex
CREATE INDEX "IncidentWeekCount_monthStart_week_type_admin1_monthEnd_n_nR_idx" ON "IncidentWeekCount"("monthStart", "week", "type", "admin1", "monthEnd", "n", "nReviewed");

-- CreateIndex
CREATE INDEX "IncidentPlaceCount_lat_lon_type_yearStart_yearEnd_n_nReview_idx" ON "IncidentPlaceCount"("lat", "lon", "type", "yearStart", "yearEnd", "n", "nReviewed");

-- Backfill
INSERT INTO "IncidentMonthCount" ("monthStart", "monthEnd", "yearStart", "type", "admin1", "n", "nReviewed")
SELECT COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''), COALESCE(SUBSTR("dateStart", 1, 4), ''),
       "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1, 2, 3, 4, 5;
INSERT INTO "IncidentPlaceCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "yearStart", "yearEnd", "n", "nReviewed")
SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision",
       COALESCE(SUBSTR("dateStart", 1, 4), ''), COALESCE(SUBSTR("dateEnd", 1, 4), ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
INSERT INTO "IncidentWeekCount" ("week", "monthStart", "monthEnd", "type", "admin1", "n", "nReviewed")
SELECT COALESCE("periodWeek", ''), COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''),
       "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1, 2, 3, 4, 5;
