-- PostgreSQL twin of prisma/migrations/20261127221529_coarse_date_index (npm run db:pg:sync).
-- CreateIndex
CREATE INDEX "Incident_datePrecision_status_dateStart_dateEnd_type_admin1_idx" ON "Incident"("datePrecision", "status", "dateStart", "dateEnd", "type", "admin1");


