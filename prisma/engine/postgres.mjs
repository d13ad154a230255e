// PostgreSQL: the driver-adapter factory for the WASM engine, with workarounds for
// @prisma/adapter-pg 7.10.0 (STACK.md bugs 4–6), and database creation for `cli create-database`.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { EngineError } from './errors.mjs';
import { describePgUrl, splitPgSchema, withPgDatabase } from './url.mjs';

const PG_CHAR_OID = 18; // pg_catalog's internal one-byte "char" (relkind, contype, …)
const PG_TEXT_OID = 25;
const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

function retypeChar(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/**
 * Bug 4: adapter-pg maps column types by OID and throws on `"char"` (18), which the engine's
 * introspection queries on pg_catalog return. node-postgres already reads it as a string, so report
 * the column as text. Done in the client class so pooled queries and transactions are both covered.
 */
class CharAsTextClient extends pg.Client {
  query(config, values, callback) {
    if (config && typeof config.submit === 'function') return super.query(config, values, callback);
    const cb = typeof values === 'function' ? values : callback;
    const vals = typeof values === 'function' ? undefined : values;
    if (cb) return super.query(config, vals, (err, res) => cb(err, err ? res : retypeChar(res)));
    return super.query(config, vals).then(retypeChar);
  }
}

/**
 * Bug 6: adapter-pg's `executeScript` splits on every `;`, which breaks `$$ … $$` bodies and string
 * literals. Send the script as one simple-protocol query, as the native engine does.
 */
function wholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function makeFactory(url) {
  const { connectionString, schema } = splitPgSchema(url);
  return {
    connectionString,
    schema,
    factory: new PrismaPg({ connectionString, Client: CharAsTextClient }, schema ? { schema } : undefined),
  };
}

async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function dropDatabase(connectionString, name) {
  await withClient(connectionString, async (client) => {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch (error) {
      if (error.code !== '42601') throw error; // FORCE needs PostgreSQL 13+
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
}

/**
 * @param {{url: string, shadowDatabaseUrl?: string}} datasource
 * @param {(adapter: object) => object} track registers an adapter so it is closed on exit
 */
export function postgresAdapterFactory({ url, shadowDatabaseUrl }, track) {
  const main = makeFactory(url);
  return {
    provider: main.factory.provider,
    adapterName: main.factory.adapterName,
    connect: async () => track(wholeScripts(await main.factory.connect())),
    /**
     * Bug 5: `PrismaPg#connectToShadowDb` creates a temporary database but, when configured with a
     * connection string, then connects to the main database again (the string wins over `database`).
     * Use the configured shadow database, or create, use and drop a temporary one ourselves.
     */
    connectToShadowDb: async () => {
      if (shadowDatabaseUrl) {
        const shadow = makeFactory(shadowDatabaseUrl);
        const a = describePgUrl(main.connectionString);
        const b = describePgUrl(shadow.connectionString);
        if (a.host === b.host && a.port === b.port && a.database === b.database) {
          throw new EngineError(
            'P3014',
            'The shadow database you configured appears to be the same as the main database. Please specify another shadow database.',
          );
        }
        // The native engine starts from an empty shadow schema.
        const schema = shadow.schema ?? 'public';
        await withClient(shadow.connectionString, (c) =>
          c.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE; CREATE SCHEMA ${quoteIdent(schema)}`),
        );
        return track(wholeScripts(await shadow.factory.connect()));
      }

      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      try {
        await withClient(main.connectionString, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      } catch (error) {
        throw new EngineError(
          'P3014',
          `Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\nOriginal error: ${error.message}`,
        );
      }
      const shadowUrl = withPgDatabase(main.connectionString, name);
      if (main.schema) {
        await withClient(shadowUrl, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(main.schema)}`));
      }
      const shadow = makeFactory(main.schema ? `${shadowUrl}${shadowUrl.includes('?') ? '&' : '?'}schema=${encodeURIComponent(main.schema)}` : shadowUrl);
      const adapter = wholeScripts(await shadow.factory.connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropDatabase(main.connectionString, name);
      };
      return track(adapter);
    },
  };
}

// ---- `cli can-connect-to-database` / `cli create-database` ----

function connectionError(error, url) {
  const { database, host, port, user } = describePgUrl(url);
  switch (error.code) {
    case '3D000':
      return new EngineError(
        'P1003',
        `Database \`${database}\` does not exist on the database server at \`${host}:${port}\`.`,
        { database_name: database, database_host: host, database_port: port },
      );
    case '28P01':
    case '28000':
      return new EngineError(
        'P1000',
        `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
        { database_user: user, database_host: host },
      );
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return new EngineError(
        'P1001',
        `Can't reach database server at \`${host}:${port}\`\n\nPlease make sure your database server is running at \`${host}:${port}\`.`,
        { database_host: host, database_port: port },
      );
    default:
      return new EngineError(undefined, error.message);
  }
}

export async function canConnect(url) {
  const { connectionString } = splitPgSchema(url);
  try {
    await withClient(connectionString, (c) => c.query('SELECT 1'));
  } catch (error) {
    throw connectionError(error, connectionString);
  }
}

/** Creates the database named in the URL, connecting through the `postgres` maintenance database. */
export async function createDatabase(url) {
  const { connectionString, schema } = splitPgSchema(url);
  const { database } = describePgUrl(connectionString);
  let lastError;
  for (const maintenance of ['postgres', 'template1']) {
    try {
      await withClient(withPgDatabase(connectionString, maintenance), (c) =>
        c.query(`CREATE DATABASE ${quoteIdent(database)}`),
      );
      lastError = undefined;
      break;
    } catch (error) {
      lastError = error;
      if (error.code !== '3D000') break; // only try the next maintenance database if this one is missing
    }
  }
  if (lastError) throw connectionError(lastError, connectionString);
  if (schema) await withClient(connectionString, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`));
  return database;
}
