-- PostgreSQL twin of prisma/migrations/20261128143757_coarse_count (npm run db:pg:sync).
-- CreateTable
CREATE TABLE "IncidentCoarseCount" (
    "precision" TEXT NOT NULL,
    "dateStart" TEXT NOT NULL,
    "dateEnd" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    CONSTRAINT "IncidentCoarseCount_pkey" PRIMARY KEY ("precision","dateStart","dateEnd","type","admin1")
);


-- Backfill: the same statement rebuildAggregates runs (lib/incidents/aggregates/rebuild-aggregates.ts).
INSERT INTO "IncidentCoarseCount" ("precision", "dateStart", "dateEnd", "type", "admin1", "n", "nReviewed")
SELECT "datePrecision", "dateStart", "dateEnd", "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident"
WHERE "status" IN ('auto', 'reviewed') AND "datePrecision" IN ('month', 'year') AND "dateStart" IS NOT NULL AND "dateEnd" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
