-- PostgreSQL twin of prisma/migrations/20261122202401_init (npm run db:pg:sync).
-- CreateTable
CREATE TABLE "Outlet" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "outletId" INTEGER,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" TEXT,
    "publishedPrecision" TEXT NOT NULL DEFAULT 'unknown',
    "contentHash" TEXT NOT NULL,
    "text" TEXT,
    "sourcePath" TEXT,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" SERIAL NOT NULL,
    "fingerprint" TEXT,
    "type" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "evidence" TEXT,
    "date" TEXT,
    "datePrecision" TEXT NOT NULL DEFAULT 'unknown',
    "dateStart" TEXT,
    "dateEnd" TEXT,
    "periodMonth" TEXT,
    "periodWeek" TEXT,
    "periodYear" TEXT,
    "placeName" TEXT,
    "admin1" TEXT,
    "country" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "locationPrecision" TEXT NOT NULL DEFAULT 'unknown',
    "actors" TEXT NOT NULL DEFAULT '',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "status" TEXT NOT NULL DEFAULT 'auto',
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentTag" (
    "incidentId" INTEGER NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "IncidentTag_pkey" PRIMARY KEY ("incidentId","tag")
);

-- CreateTable
CREATE TABLE "IncidentSource" (
    "incidentId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,

    CONSTRAINT "IncidentSource_pkey" PRIMARY KEY ("incidentId","articleId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "incidentId" INTEGER,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "before" TEXT,
    "after" TEXT,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_slug_key" ON "Outlet"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_fingerprint_key" ON "Incident"("fingerprint");

-- CreateIndex
CREATE INDEX "Incident_type_idx" ON "Incident"("type");

-- CreateIndex
CREATE INDEX "Incident_dateStart_idx" ON "Incident"("dateStart");

-- CreateIndex
CREATE INDEX "Incident_admin1_idx" ON "Incident"("admin1");

-- CreateIndex
CREATE INDEX "Incident_status_idx" ON "Incident"("status");

-- CreateIndex
CREATE INDEX "Incident_country_idx" ON "Incident"("country");

-- CreateIndex
CREATE INDEX "Incident_periodMonth_type_idx" ON "Incident"("periodMonth", "type");

-- CreateIndex
CREATE INDEX "IncidentTag_tag_idx" ON "IncidentTag"("tag");

-- CreateIndex
CREATE INDEX "IncidentSource_articleId_idx" ON "IncidentSource"("articleId");

-- CreateIndex
CREATE INDEX "AuditLog_incidentId_idx" ON "AuditLog"("incidentId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentTag" ADD CONSTRAINT "IncidentTag_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSource" ADD CONSTRAINT "IncidentSource_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSource" ADD CONSTRAINT "IncidentSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;


