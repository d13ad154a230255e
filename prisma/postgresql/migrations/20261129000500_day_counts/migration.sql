-- PostgreSQL twin of prisma/migrations/20261129000500_day_counts (npm run db:pg:sync).
-- CreateTable
CREATE TABLE "IncidentDayCount" (
    "dateStart" TEXT NOT NULL,
    "dateEnd" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    CONSTRAINT "IncidentDayCount_pkey" PRIMARY KEY ("dateStart","dateEnd","type","admin1")
);

-- CreateIndex
CREATE INDEX "IncidentDayCount_dateEnd_dateStart_type_admin1_n_nReviewed_idx" ON "IncidentDayCount"("dateEnd", "dateStart", "type", "admin1", "n", "nReviewed");

-- Backfill: the same statement rebuildAggregates runs (lib/incidents/aggregates/rebuild-aggregates.ts).
INSERT INTO "IncidentDayCount" ("dateStart", "dateEnd", "type", "admin1", "n", "nReviewed")
SELECT "dateStart", "dateEnd", "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
FROM "Incident"
WHERE "status" IN ('auto', 'reviewed') AND "dateStart" IS NOT NULL AND "dateEnd" IS NOT NULL
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4;
