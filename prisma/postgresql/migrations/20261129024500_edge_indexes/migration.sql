-- PostgreSQL twin of prisma/migrations/20261129024500_edge_indexes (npm run db:pg:sync).
-- CreateIndex
CREATE INDEX "Incident_edge_end_idx" ON "Incident"("dateEnd", "dateStart", "status", "type", "admin1", "lat", "lon", "placeName", "locationPrecision");

-- CreateIndex
CREATE INDEX "Incident_edge_start_idx" ON "Incident"("dateStart", "dateEnd", "status", "type", "admin1", "lat", "lon", "placeName", "locationPrecision");


