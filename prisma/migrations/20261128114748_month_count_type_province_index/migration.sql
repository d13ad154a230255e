-- CreateIndex
CREATE INDEX "IncidentMonthCount_type_admin1_monthStart_monthEnd_n_nReviewed_idx" ON "IncidentMonthCount"("type", "admin1", "monthStart", "monthEnd", "n", "nReviewed");
