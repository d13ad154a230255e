-- Slimmer aggregates: the status leaves the key and becomes count columns (n = auto + reviewed, nReviewed);
-- rejected and merged incidents, never shown, are not counted. Each table is rebuilt from the incidents
-- (the same statements as lib/incidents/aggregates/rebuild-aggregates.ts) and gets a covering index.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IncidentMonthCount" (
    "monthStart" TEXT NOT NULL,
    "monthEnd" TEXT NOT NULL,
    "yearStart" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    PRIMARY KEY ("monthStart", "monthEnd", "type", "admin1")
);
INSERT INTO "new_IncidentMonthCount" ("monthStart", "monthEnd", "yearStart", "type", "admin1", "n", "nReviewed")
SELECT COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''), COALESCE(SUBSTR("dateStart", 1, 4), ''),
       "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1, 2, 3, 4, 5;
DROP TABLE "IncidentMonthCount";
ALTER TABLE "new_IncidentMonthCount" RENAME TO "IncidentMonthCount";
CREATE INDEX "IncidentMonthCount_monthStart_type_admin1_monthEnd_n_nReviewed_idx" ON "IncidentMonthCount"("monthStart", "type", "admin1", "monthEnd", "n", "nReviewed");
CREATE TABLE "new_IncidentPlaceCount" (
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "placeName" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "yearStart" TEXT NOT NULL,
    "yearEnd" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    PRIMARY KEY ("lat", "lon", "type", "admin1", "placeName", "precision", "yearStart", "yearEnd")
);
INSERT INTO "new_IncidentPlaceCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "yearStart", "yearEnd", "n", "nReviewed")
SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision",
       COALESCE(SUBSTR("dateStart", 1, 4), ''), COALESCE(SUBSTR("dateEnd", 1, 4), ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
DROP TABLE "IncidentPlaceCount";
ALTER TABLE "new_IncidentPlaceCount" RENAME TO "IncidentPlaceCount";
CREATE INDEX "IncidentPlaceCount_lat_lon_type_yearStart_yearEnd_n_nReviewed_idx" ON "IncidentPlaceCount"("lat", "lon", "type", "yearStart", "yearEnd", "n", "nReviewed");
CREATE TABLE "new_IncidentWeekCount" (
    "week" TEXT NOT NULL,
    "monthStart" TEXT NOT NULL,
    "monthEnd" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    PRIMARY KEY ("week", "monthStart", "monthEnd", "type", "admin1")
);
INSERT INTO "new_IncidentWeekCount" ("week", "monthStart", "monthEnd", "type", "admin1", "n", "nReviewed")
SELECT COALESCE("periodWeek", ''), COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''),
       "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1, 2, 3, 4, 5;
DROP TABLE "IncidentWeekCount";
ALTER TABLE "new_IncidentWeekCount" RENAME TO "IncidentWeekCount";
CREATE INDEX "IncidentWeekCount_monthStart_week_type_admin1_monthEnd_n_nReviewed_idx" ON "IncidentWeekCount"("monthStart", "week", "type", "admin1", "monthEnd", "n", "nReviewed");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
