-- PostgreSQL twin of prisma/migrations/20261129053000_cell_quarter_counts (npm run db:pg:sync).
-- CreateTable
CREATE TABLE "IncidentCellQuarterCount" (
    "level" INTEGER NOT NULL,
    "quarterStart" TEXT NOT NULL,
    "quarterEnd" TEXT NOT NULL,
    "cellRow" INTEGER NOT NULL,
    "cellColumn" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,
    "sumLat" DOUBLE PRECISION NOT NULL,
    "sumLon" DOUBLE PRECISION NOT NULL,
    "minLat" DOUBLE PRECISION NOT NULL,
    "maxLat" DOUBLE PRECISION NOT NULL,
    "minLon" DOUBLE PRECISION NOT NULL,
    "maxLon" DOUBLE PRECISION NOT NULL,
    "minPlace" TEXT NOT NULL,
    "maxPlace" TEXT NOT NULL,
    "minPrecision" TEXT NOT NULL,
    "maxPrecision" TEXT NOT NULL,

    CONSTRAINT "IncidentCellQuarterCount_pkey" PRIMARY KEY ("level","quarterStart","quarterEnd","cellRow","cellColumn","type","admin1")
);



-- Backfill from IncidentPlaceCount, in key order: the statement rebuildAggregates runs after rebuilding that table
-- (CELL_QUARTER_ROLLUP_SQL in lib/incidents/aggregates/rebuild-aggregates.ts, levels 0 to MAX_CELL_LEVEL = 10).
INSERT INTO "IncidentCellQuarterCount" ("level", "quarterStart", "quarterEnd", "cellRow", "cellColumn", "type", "admin1", "n", "nReviewed", "sumLat", "sumLon", "minLat", "maxLat", "minLon", "maxLon", "minPlace", "maxPlace", "minPrecision", "maxPrecision")
SELECT g."level", CASE WHEN p."monthStart" = '' THEN '' ELSE SUBSTR(p."monthStart", 1, 5) || CASE WHEN SUBSTR(p."monthStart", 6, 2) <= '03' THEN '01' WHEN SUBSTR(p."monthStart", 6, 2) <= '06' THEN '04' WHEN SUBSTR(p."monthStart", 6, 2) <= '09' THEN '07' ELSE '10' END END, CASE WHEN p."monthEnd" = '' THEN '' ELSE SUBSTR(p."monthEnd", 1, 5) || CASE WHEN SUBSTR(p."monthEnd", 6, 2) <= '03' THEN '01' WHEN SUBSTR(p."monthEnd", 6, 2) <= '06' THEN '04' WHEN SUBSTR(p."monthEnd", 6, 2) <= '09' THEN '07' ELSE '10' END END, CAST(FLOOR((p."lat" + 90) / g."step") AS INTEGER), CAST(FLOOR((p."lon" + 180) / g."step") AS INTEGER), p."type", p."admin1",
       SUM(p."n"), SUM(p."nReviewed"), SUM(p."lat" * p."n"), SUM(p."lon" * p."n"),
       MIN(p."lat"), MAX(p."lat"), MIN(p."lon"), MAX(p."lon"), MIN(p."placeName"), MAX(p."placeName"), MIN(p."precision"), MAX(p."precision")
FROM "IncidentPlaceCount" p CROSS JOIN (SELECT 0 AS "level", CAST(360 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 1 AS "level", CAST(180 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 2 AS "level", CAST(90 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 3 AS "level", CAST(45 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 4 AS "level", CAST(22.5 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 5 AS "level", CAST(11.25 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 6 AS "level", CAST(5.625 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 7 AS "level", CAST(2.8125 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 8 AS "level", CAST(1.40625 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 9 AS "level", CAST(0.703125 AS DOUBLE PRECISION) AS "step"
  UNION ALL SELECT 10 AS "level", CAST(0.3515625 AS DOUBLE PRECISION) AS "step") g
GROUP BY 1, 2, 3, 4, 5, 6, 7
ORDER BY 1, 2, 3, 4, 5, 6, 7;

-- The year roll-up was backfilled in hash order (20261128202921_cell_year_counts): a range's rows lay on as many heap
-- pages as rows (the months view's year 2020 at the country view: 1,281 rows on ~1,000 pages). Rewrite it in key order.
CLUSTER "IncidentCellYearCount" USING "IncidentCellYearCount_pkey";
ANALYZE "IncidentCellYearCount";
ANALYZE "IncidentCellQuarterCount";
