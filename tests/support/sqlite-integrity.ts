import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

/**
 * `PRAGMA integrity_check` of a SQLite file, on a connection of its own. The check includes the FTS5 search
 * index (lib/db/sqlite-search-index.ts), and SQLite 3.53's FTS5 answers it from the structure it cached when
 * that connection last read the index: a long-lived connection asked right after ANOTHER process wrote reports
 * "fts5: corruption found" although the index is sound (its own 'integrity-check' against the table passes,
 * and so do its queries). A fresh connection has nothing cached.
 */
export function readSqliteIntegrity(url: string): unknown[] {
  const db = new Database(fileURLToPath(url), { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check') as unknown[];
  } finally {
    db.close();
  }
}
