-- The map's day-bounded edges (lib/markers/count-cells.ts) read from these indexes alone, one statement per edge.
-- CreateIndex
CREATE INDEX "Incident_edge_end_idx" ON "Incident"("dateEnd", "dateStart", "status", "type", "admin1", "lat", "lon", "placeName", "locationPrecision");

-- CreateIndex
CREATE INDEX "Incident_edge_start_idx" ON "Incident"("dateStart", "dateEnd", "status", "type", "admin1", "lat", "lon", "placeName", "locationPrecision");
