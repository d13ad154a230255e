-- DropIndex
DROP INDEX "Incident_lat_lon_idx";

-- DropIndex
DROP INDEX "Incident_admin1_idx";

-- DropIndex
DROP INDEX "Incident_type_idx";

-- CreateIndex
CREATE INDEX "Incident_type_dateStart_id_idx" ON "Incident"("type", "dateStart", "id");

-- CreateIndex
CREATE INDEX "Incident_admin1_dateStart_id_idx" ON "Incident"("admin1", "dateStart", "id");

-- CreateIndex
CREATE INDEX "Incident_lat_lon_type_dateStart_idx" ON "Incident"("lat", "lon", "type", "dateStart");
