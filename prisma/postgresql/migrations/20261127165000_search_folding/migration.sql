-- PostgreSQL twin of prisma/migrations/20261127165000_search_folding (npm run db:pg:sync).
-- Hand-written: the trigram operators, and the same re-folding of older rows as the SQLite migration.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

UPDATE "Incident" SET "searchText" = REPLACE(REPLACE(REPLACE("searchText", '\', chr(57436)), '%', chr(57381)), '_', chr(57439));

-- Generated: the index that serves `"searchText" LIKE '%…%'` (Prisma's `contains`).
-- CreateIndex
CREATE INDEX "Incident_searchText_trgm_idx" ON "Incident" USING GIN ("searchText" gin_trgm_ops);
