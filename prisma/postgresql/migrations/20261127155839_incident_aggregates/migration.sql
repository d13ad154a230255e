-- PostgreSQL twin of prisma/migrations/20261127155839_incident_aggregates (npm run db:pg:sync).
-- CreateTable
CREATE TABLE "IncidentMonthCount" (
    "monthStart" TEXT NOT NULL,
    "monthEnd" TEXT NOT NULL,
    "yearStart" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "IncidentMonthCount_pkey" PRIMARY KEY ("monthStart","monthEnd","type","admin1","status")
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

    CONSTRAINT "IncidentWeekCount_pkey" PRIMARY KEY ("week","monthStart","monthEnd","type","admin1","status")
);

-- CreateTable
CREATE TABLE "IncidentPlaceCount" (
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "placeName" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "yearStart" TEXT NOT NULL,
    "yearEnd" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "IncidentPlaceCount_pkey" PRIMARY KEY ("lat","lon","type","admin1","placeName","precision","status","yearStart","yearEnd")
);

-- CreateIndex
CREATE INDEX "Incident_dateEnd_idx" ON "Incident"("dateEnd");

-- CreateIndex
CREATE INDEX "Incident_dateStart_id_idx" ON "Incident"("dateStart", "id");

-- CreateIndex
CREATE INDEX "Incident_lat_lon_idx" ON "Incident"("lat", "lon");



-- Hand-written part of the SQLite migration (portable SQL), copied by hand.
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
