// A worker thread of the web server's SQLite read pool (lib/db/sqlite-read-pool.ts). better-sqlite3 is
// synchronous: a read run on the server's main thread blocks every other request for as long as it takes.
// Here each worker holds its own connection to the same file (WAL lets readers run side by side and
// beside the writer) and answers one read at a time with the very adapter the main thread uses, so a
// result is in exactly the format Prisma expects. Plain JavaScript, loaded at run time, never bundled.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';

/** One connection per database file, opened on the first read; `query_only` refuses any write. */
const connections = new Map();

async function connectionFor(file) {
  let adapter = connections.get(file);
  if (!adapter) {
    adapter = new PrismaBetterSqlite3({ url: file, timeout: 5000, fileMustExist: true }).connect().then(async (connected) => {
      await connected.executeScript('PRAGMA query_only = ON;');
      return connected;
    });
    connections.set(file, adapter);
    adapter.catch(() => connections.delete(file));
  }
  return adapter;
}

/**
 * Runs `query` on `file`. A database error comes back as `{ error }` (the adapter's mapped error, which
 * the main thread turns into the same DriverAdapterError the direct path throws); anything else throws.
 */
export default async function runRead({ file, query }) {
  const adapter = await connectionFor(file);
  try {
    return { result: await adapter.queryRaw(query) };
  } catch (error) {
    if (error && error.name === 'DriverAdapterError' && error.cause) return { error: error.cause };
    throw error;
  }
}
