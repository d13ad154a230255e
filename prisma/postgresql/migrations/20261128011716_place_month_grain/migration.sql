-- PostgreSQL twin of prisma/migrations/20261128011716_place_month_grain (npm run db:pg:sync).
-- DropIndex
DROP INDEX "IncidentPlaceCount_lat_lon_type_yearStart_yearEnd_n_nReview_idx";

-- The year rows cannot be split into months: emptied here, recounted from the incidents below.
DELETE FROM "IncidentPlaceCount";

-- AlterTable
ALTER TABLE "IncidentPlaceCount" DROP CONSTRAINT "IncidentPlaceCount_pkey",
DROP COLUMN "yearEnd",
DROP COLUMN "yearStart",
ADD COLUMN     "monthEnd" TEXT NOT NULL,
ADD COLUMN     "monthStart" TEXT NOT NULL,
ADD CONSTRAINT "IncidentPlaceCount_pkey" PRIMARY KEY ("lat", "lon", "type", "admin1", "placeName", "precision", "monthStart", "monthEnd");

-- CreateTable
CREATE TABLE "IncidentPointCount" (
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "placeName" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    CONSTRAINT "IncidentPointCount_pkey" PRIMARY KEY ("lat","lon","type","admin1","placeName","precision")
);

-- CreateIndex
CREATE INDEX "IncidentPlaceCount_monthStart_monthEnd_idx" ON "IncidentPlaceCount"("monthStart", "monthEnd");

-- Backfill both from the incidents (the same statements as the SQLite migration), the month rows in month order.
INSERT INTO "IncidentPlaceCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "monthStart", "monthEnd", "n", "nReviewed")
SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision",
       COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 7, 8;

INSERT INTO "IncidentPointCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "n", "nReviewed")
SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision",
       COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;
