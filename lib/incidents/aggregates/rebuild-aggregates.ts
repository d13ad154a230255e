import type { PrismaClient } from '@/generated/prisma/client';
import { CELL_LEVELS, gridStep } from '@/lib/geo/grid-cells';
import { CELL_VALUE_COLUMNS, CELL_VALUES_FROM_POINTS } from './apply-cell-deltas';

// The aggregates recomputed from the incident table, in portable SQL (SQLite and PostgreSQL). The
// migration that created the tables backfilled them with the same statements.
/** Every aggregate table (tests that wipe the incidents wipe these too). */
export const AGGREGATE_TABLES = [
  'IncidentMonthCount',
  'IncidentMonthTypeCount',
  'IncidentProvinceCount',
  'IncidentWeekCount',
  'IncidentPlaceCount',
  'IncidentPointCount',
  'IncidentCellCount',
  'IncidentCellYearCount',
  'IncidentCellQuarterCount',
  'IncidentCoarseCount',
  'IncidentDayCount',
] as const;

/** The grid's levels and their steps as a derived table (360 / 2^level is an exact decimal, written out). */
const LEVELS_TABLE = `(${CELL_LEVELS.map((level) => `SELECT ${level} AS "level", CAST(${gridStep(level)} AS DOUBLE PRECISION) AS "step"`).join('\n  UNION ALL ')}) g`;

const CELL = `CAST(FLOOR((p."lat" + 90) / g."step") AS INTEGER), CAST(FLOOR((p."lon" + 180) / g."step") AS INTEGER)`;
const VALUE_COLUMNS = CELL_VALUE_COLUMNS.map((c) => `"${c}"`).join(', ');

/**
 * IncidentCellCount from IncidentPointCount, and IncidentCellYearCount and IncidentCellQuarterCount (below) from
 * IncidentPlaceCount: every point in its cell of each level. The span roll-ups are written in key order, so that a
 * range's rows lie on neighbouring pages: PostgreSQL's hash aggregate wrote them in any order, and the months view's
 * year and quarter reads fetched ~1,000 and ~2,000 heap pages for 1.3k and 2.5k rows (EXPLAIN ANALYZE at 1M, 11–14 ms). The migrations that created the tables ran the same statements.
 */
export const CELL_ROLLUP_SQL = `INSERT INTO "IncidentCellCount" ("level", "cellRow", "cellColumn", "type", "admin1", ${VALUE_COLUMNS})
SELECT g."level", ${CELL}, p."type", p."admin1",
       ${CELL_VALUES_FROM_POINTS}
FROM "IncidentPointCount" p CROSS JOIN ${LEVELS_TABLE}
GROUP BY 1, 2, 3, 4, 5`;

export const CELL_YEAR_ROLLUP_SQL = `INSERT INTO "IncidentCellYearCount" ("level", "yearStart", "yearEnd", "cellRow", "cellColumn", "type", "admin1", ${VALUE_COLUMNS})
SELECT g."level", SUBSTR(p."monthStart", 1, 4), SUBSTR(p."monthEnd", 1, 4), ${CELL}, p."type", p."admin1",
       ${CELL_VALUES_FROM_POINTS}
FROM "IncidentPlaceCount" p CROSS JOIN ${LEVELS_TABLE}
GROUP BY 1, 2, 3, 4, 5, 6, 7
ORDER BY 1, 2, 3, 4, 5, 6, 7`;

/** A month column's quarter key (quarterOf in SQL): its first month, '' when undated. */
const quarterSql = (column: string) => {
  const month = `SUBSTR(p."${column}", 6, 2)`;
  return `CASE WHEN p."${column}" = '' THEN '' ELSE SUBSTR(p."${column}", 1, 5) || CASE WHEN ${month} <= '03' THEN '01' WHEN ${month} <= '06' THEN '04' WHEN ${month} <= '09' THEN '07' ELSE '10' END END`;
};

export const CELL_QUARTER_ROLLUP_SQL = `INSERT INTO "IncidentCellQuarterCount" ("level", "quarterStart", "quarterEnd", "cellRow", "cellColumn", "type", "admin1", ${VALUE_COLUMNS})
SELECT g."level", ${quarterSql('monthStart')}, ${quarterSql('monthEnd')}, ${CELL}, p."type", p."admin1",
       ${CELL_VALUES_FROM_POINTS}
FROM "IncidentPlaceCount" p CROSS JOIN ${LEVELS_TABLE}
GROUP BY 1, 2, 3, 4, 5, 6, 7
ORDER BY 1, 2, 3, 4, 5, 6, 7`;

const REBUILD = [
  ...AGGREGATE_TABLES.map((table) => `DELETE FROM "${table}"`),
  `INSERT INTO "IncidentMonthCount" ("monthStart", "monthEnd", "yearStart", "type", "admin1", "n", "nReviewed")
   SELECT COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''), COALESCE(SUBSTR("dateStart", 1, 4), ''),
          "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
   FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1, 2, 3, 4, 5`,
  // IncidentMonthCount summed over provinces, and over dates: read from it, just rebuilt (53k rows at 1M, not 1M).
  `INSERT INTO "IncidentMonthTypeCount" ("monthStart", "monthEnd", "yearStart", "type", "n", "nReviewed")
   SELECT "monthStart", "monthEnd", "yearStart", "type", SUM("n"), SUM("nReviewed") FROM "IncidentMonthCount" GROUP BY 1, 2, 3, 4`,
  `INSERT INTO "IncidentProvinceCount" ("type", "admin1", "n", "nReviewed")
   SELECT "type", "admin1", SUM("n"), SUM("nReviewed") FROM "IncidentMonthCount" GROUP BY 1, 2`,
  `INSERT INTO "IncidentWeekCount" ("week", "monthStart", "monthEnd", "type", "admin1", "n", "nReviewed")
   SELECT COALESCE("periodWeek", ''), COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''),
          "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
   FROM "Incident" WHERE "status" IN ('auto', 'reviewed') GROUP BY 1, 2, 3, 4, 5`,
  // In month order, so that a date range reads neighbouring rows.
  `INSERT INTO "IncidentPlaceCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "monthStart", "monthEnd", "n", "nReviewed")
   SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision",
          COALESCE(SUBSTR("dateStart", 1, 7), ''), COALESCE(SUBSTR("dateEnd", 1, 7), ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
   FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 7, 8`,
  `INSERT INTO "IncidentPointCount" ("lat", "lon", "type", "admin1", "placeName", "precision", "n", "nReviewed")
   SELECT "lat", "lon", "type", COALESCE("admin1", ''), COALESCE("placeName", ''), "locationPrecision",
          COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
   FROM "Incident" WHERE "status" IN ('auto', 'reviewed') AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6`,
  CELL_ROLLUP_SQL,
  CELL_YEAR_ROLLUP_SQL,
  CELL_QUARTER_ROLLUP_SQL,
  `INSERT INTO "IncidentCoarseCount" ("precision", "dateStart", "dateEnd", "type", "admin1", "n", "nReviewed")
   SELECT "datePrecision", "dateStart", "dateEnd", "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
   FROM "Incident"
   WHERE "status" IN ('auto', 'reviewed') AND "datePrecision" IN ('month', 'year') AND "dateStart" IS NOT NULL AND "dateEnd" IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO "IncidentDayCount" ("dateStart", "dateEnd", "type", "admin1", "n", "nReviewed")
   SELECT "dateStart", "dateEnd", "type", COALESCE("admin1", ''), COUNT(*), SUM(CASE WHEN "status" = 'reviewed' THEN 1 ELSE 0 END)
   FROM "Incident"
   WHERE "status" IN ('auto', 'reviewed') AND "dateStart" IS NOT NULL AND "dateEnd" IS NOT NULL
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4`,
];

/**
 * A rebuild reads the whole incident table: 30–50 s at 1M rows on a busy 2-core machine, past the client's
 * 30 s default for a transaction (which then rolled the whole load's aggregates back). Bulk work gets an hour.
 */
const REBUILD_TIMEOUT_MS = 60 * 60_000;

/**
 * Recomputes every aggregate from the incidents, in one transaction. For bulk loads (db:synthetic) and as
 * a repair after writes that went around applyIncidentDelta; normal writes never need it.
 */
export async function rebuildAggregates(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      for (const sql of REBUILD) await tx.$executeRawUnsafe(sql);
    },
    { timeout: REBUILD_TIMEOUT_MS },
  );
}
