-- Text search (lib/incidents/search-text.ts), hand-written: rows stored before this migration get LIKE's
-- `\`, `%` and `_` swapped for the private-use stand-ins the search folds them to, so that these are
-- literal characters. (Accents in such older rows stay until their article is ingested again.)
-- No index here: an FTS5 table would be dropped again by Prisma's differ in every later migration
-- (it reports FTS5's shadow tables as unknown tables). PostgreSQL's twin adds a pg_trgm GIN index.
UPDATE "Incident" SET "searchText" = REPLACE(REPLACE(REPLACE("searchText", '\', char(57436)), '%', char(57381)), '_', char(57439));
