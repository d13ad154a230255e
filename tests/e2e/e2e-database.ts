/**
 * The database the e2e servers use: the SQLite file by default; the PostgreSQL run
 * (playwright.postgres.config.ts) sets E2E_DATABASE_URL to its throwaway database. Specs that write
 * (an ingest run) write here.
 */
export const E2E_SQLITE_URL = 'file:./tests/.tmp/e2e.db';

export function e2eDatabaseUrl(): string {
  return process.env.E2E_DATABASE_URL || E2E_SQLITE_URL;
}

/**
 * The credit line the private server draws its test tiles with (TILE_ATTRIBUTION, tiles.spec.ts). The angle
 * brackets must show as text: the credit is plain text, never markup.
 */
export const E2E_TILE_ATTRIBUTION = '© Atlas test tiles <e2e>';
