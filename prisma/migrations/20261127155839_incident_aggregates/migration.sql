-- CreateTable
CREATE TABLE "IncidentMonthCount" (
    "monthStart" TEXT NOT NULL,
    "monthEnd" TEXT NOT NULL,
    "yearStart" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("monthStart", "monthEnd", "type", "admin1", "status")
);

-- CreateTable
CREATE TABLE "IncidentWeekCount" (
    "week" TEXT NOT NULL,
    "monthStart" TEXT NOT NULL,
    "monthEnd" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("week", "monthStart", "monthEnd", "type", "admin1", "status")
);

-- CreateTable
CREATE TABLE "IncidentPlaceCount" (
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "placeName" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "yearStart" TEXT NOT NULL,
    "yearEnd" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("lat", "lon", "type", "admin1", "placeName", "precision", "status", "yearStart", "yearEnd")
);

-- CreateIndex
CREATE INDEX "Incident_dateEnd_idx" ON "Incident"("dateEnd");

-- CreateIndex
CREATE INDEX "Incident_dateStart_id_idx" ON "Incident"("dateStart", "id");

-- CreateIndex
CREATE INDEX "Incident_lat_lon_idx" ON "Incident"("lat", "lon");

-- Backfill the aggregates from the incidents already stored (the same statements as
-- lib/incidents/aggregates/rebuild-aggregates.ts). Portable SQL: SQLite and PostgreSQL alike.
INSERT INTO "IncidentMonthCount" ("monthStart", "monthEnd", "yearStart", "type", "admin1", "status", "n")
SELECT COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''), COALESCE(SUBSTR("dateStart", 1, 4), ''),
       "type", COALESCE("admin1", ''), "status", COUNT(*)
FROM "Incident" GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "IncidentWeekCount" ("week", "monthStart", "monthEnd", "type", "admin1", "status", "n")
SELECT COALESCE("periodWeek", ''), COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''),
       "type", COALESCE("admin1", ''), "status", COUNT(*)
FROM "Incident" GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "IncidentPlaceCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "status", "yearStart", "yearEnd", "n")
SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision", "status",
       COALESCE(SUBSTR("dateStart", 1, 4), ''), COALESCE(SUBSTR("dateEnd", 1, 4), ''), COUNT(*)
FROM "Incident" WHERE "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
