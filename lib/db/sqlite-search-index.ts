// SQLite's text-search index: an FTS5 table (trigram tokenizer) over Incident.searchText, with external
// content (it stores only the index; the text stays in Incident) and triggers that keep it in step with every
// insert, delete and searchText update, whichever connection writes.
//
// It is created here, at connection time, not in a Prisma migration: Prisma's differ does not know FTS5's
// shadow tables (prisma/orm#8106) and every later `migrate dev` would emit DROP TABLE for them. Created
// idempotently, and repaired when a piece is missing: a later migration that rebuilds Incident (SQLite's
// "redefine": new table, copy, drop, rename) drops its triggers, and rows written without them would be
// missing from the index, so a missing trigger means "recreate the triggers and rebuild the index".
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

export const SEARCH_TABLE = 'IncidentSearch';

/** Folded text is matched as is: no further folding; `case_sensitive 0` mirrors LIKE's ASCII case folding. */
const CREATE_TABLE = `CREATE VIRTUAL TABLE IF NOT EXISTS "${SEARCH_TABLE}" USING fts5("searchText", content='Incident', content_rowid='id', tokenize='trigram case_sensitive 0')`;

const INDEX_NEW = `INSERT INTO "${SEARCH_TABLE}"(rowid, "searchText") VALUES (new."id", new."searchText");`;
const UNINDEX_OLD = `INSERT INTO "${SEARCH_TABLE}"("${SEARCH_TABLE}", rowid, "searchText") VALUES ('delete', old."id", old."searchText");`;

/** The triggers by name; an external-content FTS5 table must be told the old text to remove it. */
export const SEARCH_TRIGGERS: Record<string, string> = {
  IncidentSearch_insert: `AFTER INSERT ON "Incident" BEGIN ${INDEX_NEW} END`,
  IncidentSearch_delete: `AFTER DELETE ON "Incident" BEGIN ${UNINDEX_OLD} END`,
  IncidentSearch_update: `AFTER UPDATE OF "searchText" ON "Incident" BEGIN ${UNINDEX_OLD} ${INDEX_NEW} END`,
};

const REQUIRED = [SEARCH_TABLE, ...Object.keys(SEARCH_TRIGGERS)];

export type SearchIndexState = 'present' | 'built';

async function listMissing(db: SqlDriverAdapter): Promise<string[]> {
  const names = REQUIRED.map((n) => `'${n}'`).join(', ');
  const result = await db.queryRaw({
    sql: `SELECT name FROM sqlite_master WHERE name IN (${names}) AND type IN ('table', 'trigger')`,
    args: [],
    argTypes: [],
  });
  const present = new Set(result.rows.map((row) => String(row[0])));
  return REQUIRED.filter((name) => !present.has(name));
}

/** The script that (re)creates the table and all three triggers, then rebuilds the index from Incident. */
export function buildSearchIndexScript(): string {
  const triggers = Object.entries(SEARCH_TRIGGERS).flatMap(([name, body]) => [
    `DROP TRIGGER IF EXISTS "${name}";`,
    `CREATE TRIGGER "${name}" ${body};`,
  ]);
  return [`${CREATE_TABLE};`, ...triggers, `INSERT INTO "${SEARCH_TABLE}"("${SEARCH_TABLE}") VALUES ('rebuild');`].join('\n');
}

/**
 * Makes sure the search index exists and is kept in step; cheap (one look at sqlite_master) when it is.
 * Runs in one IMMEDIATE transaction, checking again inside it, so two processes starting together build it once.
 */
export async function ensureSqliteSearchIndex(db: SqlDriverAdapter): Promise<SearchIndexState> {
  if ((await listMissing(db)).length === 0) return 'present';
  await db.executeScript('BEGIN IMMEDIATE');
  try {
    if ((await listMissing(db)).length === 0) {
      await db.executeScript('COMMIT');
      return 'present';
    }
    await db.executeScript(buildSearchIndexScript());
    await db.executeScript('COMMIT');
    return 'built';
  } catch (error) {
    await db.executeScript('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Drops the triggers (the index then counts as out of step and is rebuilt by the next ensure). */
export async function dropSearchTriggers(db: SqlDriverAdapter): Promise<void> {
  await db.executeScript(Object.keys(SEARCH_TRIGGERS).map((name) => `DROP TRIGGER IF EXISTS "${name}";`).join('\n'));
}
