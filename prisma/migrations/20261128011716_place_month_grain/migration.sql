-- The map's counts: IncidentPlaceCount from year to month grain (a date range no longer reads whole edge years
-- of incidents), and IncidentPointCount without dates for views with no date range. Both backfilled here.
-- CreateTable
CREATE TABLE "IncidentPointCount" (
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "placeName" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    PRIMARY KEY ("lat", "lon", "type", "admin1", "placeName", "precision")
);

-- Backfill the point counts from the incidents.
INSERT INTO "IncidentPointCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "n", "nReviewed")
SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision",
       COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IncidentPlaceCount" (
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "placeName" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "monthStart" TEXT NOT NULL,
    "monthEnd" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    PRIMARY KEY ("lat", "lon", "type", "admin1", "placeName", "precision", "monthStart", "monthEnd")
);
-- Backfill: recounted from the incidents at month grain (the year rows cannot be split), ordered by month so a
-- date range reads neighbouring rows.
INSERT INTO "new_IncidentPlaceCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "monthStart", "monthEnd", "n", "nReviewed")
SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision",
       COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 7, 8;
DROP TABLE "IncidentPlaceCount";
ALTER TABLE "new_IncidentPlaceCount" RENAME TO "IncidentPlaceCount";
CREATE INDEX "IncidentPlaceCount_monthStart_monthEnd_idx" ON "IncidentPlaceCount"("monthStart", "monthEnd");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
