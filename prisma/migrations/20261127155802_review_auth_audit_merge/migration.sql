-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "batch" TEXT;
ALTER TABLE "AuditLog" ADD COLUMN "userId" TEXT;

-- CreateTable
CREATE TABLE "IncidentMerge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "keptId" INTEGER NOT NULL,
    "droppedId" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "byUser" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME,
    "undoneBy" TEXT
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "lat" REAL,
    "lon" REAL,
    "locationPrecision" TEXT NOT NULL DEFAULT 'unknown',
    "actors" TEXT NOT NULL DEFAULT '',
    "confidence" REAL NOT NULL DEFAULT 0.5,
    "status" TEXT NOT NULL DEFAULT 'auto',
    "mergedIntoId" INTEGER,
    "lockedFields" TEXT NOT NULL DEFAULT '',
    "createdBy" TEXT,
    "reviewedBy" TEXT,
    "reviewedAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Incident" ("actors", "admin1", "confidence", "country", "createdAt", "date", "dateEnd", "datePrecision", "dateStart", "evidence", "fingerprint", "id", "lat", "locationPrecision", "lon", "periodMonth", "periodWeek", "periodYear", "placeName", "searchText", "status", "summary", "type", "updatedAt") SELECT "actors", "admin1", "confidence", "country", "createdAt", "date", "dateEnd", "datePrecision", "dateStart", "evidence", "fingerprint", "id", "lat", "locationPrecision", "lon", "periodMonth", "periodWeek", "periodYear", "placeName", "searchText", "status", "summary", "type", "updatedAt" FROM "Incident";
DROP TABLE "Incident";
ALTER TABLE "new_Incident" RENAME TO "Incident";
CREATE UNIQUE INDEX "Incident_fingerprint_key" ON "Incident"("fingerprint");
CREATE INDEX "Incident_type_idx" ON "Incident"("type");
CREATE INDEX "Incident_dateStart_idx" ON "Incident"("dateStart");
CREATE INDEX "Incident_admin1_idx" ON "Incident"("admin1");
CREATE INDEX "Incident_status_idx" ON "Incident"("status");
CREATE INDEX "Incident_country_idx" ON "Incident"("country");
CREATE INDEX "Incident_periodMonth_type_idx" ON "Incident"("periodMonth", "type");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "IncidentMerge_keptId_idx" ON "IncidentMerge"("keptId");

-- CreateIndex
CREATE INDEX "IncidentMerge_droppedId_idx" ON "IncidentMerge"("droppedId");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE INDEX "SignInFailure_key_at_idx" ON "SignInFailure"("key", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");
