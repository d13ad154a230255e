import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseKind, sqlitePathFromUrl } from '@/lib/db/database-url';

export type Row = Record<string, string | number | null | Date>;
/** Tables of one batch, written in order, in one transaction. */
export type Batch = { table: string; rows: Row[] }[];

export type BulkWriter = { write: (batch: Batch) => Promise<void>; close: () => Promise<void> };

/**
 * Plain multi-row inserts through the database's own driver. Prisma's createMany goes row by row through
 * the driver adapter (about 1,000 rows/s here), far too slow for a million incidents; this is a bulk loader
 * for synthetic data only, never for the app's own writes, which go through Prisma and applyIncidentDelta.
 */
export async function openBulkWriter(url: string): Promise<BulkWriter> {
  return databaseKind(url) === 'sqlite' ? openSqlite(url) : openPostgres(url);
}

const quote = (name: string) => `"${name}"`;
const sqliteValue = (v: Row[string]) => (v instanceof Date ? v.toISOString().replace('Z', '+00:00') : v);

function openSqlite(url: string): BulkWriter {
  const db = new Database(sqlitePathFromUrl(url), { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, Database.Statement>();
  const insert = (table: string, columns: string[]) => {
    const key = `${table}:${columns.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      const sql = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      statement = db.prepare(sql);
      statements.set(key, statement);
    }
    return statement;
  };
  const writeAll = db.transaction((batch: Batch) => {
    for (const { table, rows } of batch) {
      if (!rows.length) continue;
      const columns = Object.keys(rows[0]);
      const statement = insert(table, columns);
      for (const row of rows) statement.run(columns.map((c) => sqliteValue(row[c])));
    }
  });
  return {
    write: async (batch) => writeAll(batch),
    close: async () => void db.close(),
  };
}

/** PostgreSQL allows 65,535 parameters per statement. */
const MAX_PARAMS = 60_000;

async function openPostgres(url: string): Promise<BulkWriter> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  if (schema) await client.query(`SET search_path TO ${quote(schema)}`);
  return {
    write: async (batch) => {
      await client.query('BEGIN');
      try {
        for (const { table, rows } of batch) {
          if (!rows.length) continue;
          const columns = Object.keys(rows[0]);
          const perStatement = Math.floor(MAX_PARAMS / columns.length);
          for (let start = 0; start < rows.length; start += perStatement) {
            const chunk = rows.slice(start, start + perStatement);
            const values = chunk.map((_, i) => `(${columns.map((__, j) => `$${i * columns.length + j + 1}`).join(', ')})`);
            const sql = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${values.join(', ')}`;
            await client.query(sql, chunk.flatMap((row) => columns.map((c) => row[c])));
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    close: () => client.end(),
  };
}
