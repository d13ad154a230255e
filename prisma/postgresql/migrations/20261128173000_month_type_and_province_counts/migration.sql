-- PostgreSQL twin of prisma/migrations/20261128173000_month_type_and_province_counts (npm run db:pg:sync).
-- CreateTable
CREATE TABLE "IncidentMonthTypeCount" (
    "monthStart" TEXT NOT NULL,
    "monthEnd" TEXT NOT NULL,
    "yearStart" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    CONSTRAINT "IncidentMonthTypeCount_pkey" PRIMARY KEY ("monthStart","monthEnd","type")
);

-- CreateTable
CREATE TABLE "IncidentProvinceCount" (
    "type" TEXT NOT NULL,
    "admin1" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "nReviewed" INTEGER NOT NULL,

    CONSTRAINT "IncidentProvinceCount_pkey" PRIMARY KEY ("type","admin1")
);

-- CreateIndex
CREATE INDEX "IncidentMonthTypeCount_monthStart_type_monthEnd_n_nReviewed_idx" ON "IncidentMonthTypeCount"("monthStart", "type", "monthEnd", "n", "nReviewed");


-- Backfill from IncidentMonthCount, which holds the same counts per province: the statements rebuildAggregates
-- runs after rebuilding that table (lib/incidents/aggregates/rebuild-aggregates.ts).
INSERT INTO "IncidentMonthTypeCount" ("monthStart", "monthEnd", "yearStart", "type", "n", "nReviewed")
SELECT "monthStart", "monthEnd", "yearStart", "type", SUM("n"), SUM("nReviewed") FROM "IncidentMonthCount" GROUP BY 1, 2, 3, 4;
INSERT INTO "IncidentProvinceCount" ("type", "admin1", "n", "nReviewed")
SELECT "type", "admin1", SUM("n"), SUM("nReviewed") FROM "IncidentMonthCount" GROUP BY 1, 2;
