-- PostgreSQL twin of prisma/migrations/20261128041050_list_and_point_indexes (npm run db:pg:sync).
-- DropIndex
DROP INDEX "Incident_type_idx";

-- DropIndex
DROP INDEX "Incident_admin1_idx";

-- DropIndex
DROP INDEX "Incident_lat_lon_idx";

-- CreateIndex
CREATE INDEX "Incident_type_dateStart_id_idx" ON "Incident"("type", "dateStart", "id");

-- CreateIndex
CREATE INDEX "Incident_admin1_dateStart_id_idx" ON "Incident"("admin1", "dateStart", "id");

-- CreateIndex
CREATE INDEX "Incident_lat_lon_type_dateStart_idx" ON "Incident"("lat", "lon", "type", "dateStart");


