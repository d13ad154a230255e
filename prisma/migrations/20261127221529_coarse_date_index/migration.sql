-- The timeline draws dates coarser than a bar as bands (lib/incidents/count-coarse-dates.ts): a covering index
-- for its grouped count, so it reads only the coarsely dated rows.
-- CreateIndex
CREATE INDEX "Incident_datePrecision_status_dateStart_dateEnd_type_admin1_idx" ON "Incident"("datePrecision", "status", "dateStart", "dateEnd", "type", "admin1");
