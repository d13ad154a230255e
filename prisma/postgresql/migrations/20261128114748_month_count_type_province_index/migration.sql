-- PostgreSQL twin of prisma/migrations/20261128114748_month_count_type_province_index (npm run db:pg:sync).
-- CreateIndex
CREATE INDEX "IncidentMonthCount_type_admin1_monthStart_monthEnd_n_nRevie_idx" ON "IncidentMonthCount"("type", "admin1", "monthStart", "monthEnd", "n", "nReviewed");


