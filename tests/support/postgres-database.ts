// Databases on a test cluster, created and dropped with the cluster's own psql (synchronous, so test
// hooks and scripts stay simple).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findPostgresBin } from './postgres-cluster';

function psql(adminUrl: string, sql: string) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no psql).');
  execFileSync(path.join(bin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', adminUrl, '-c', sql], { stdio: 'pipe' });
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates `name` on the cluster of `adminUrl` and returns its URL. */
export function createPostgresDatabase(adminUrl: string, name: string): string {
  psql(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** Drops `name`, closing its open connections. */
export function dropPostgresDatabase(adminUrl: string, name: string) {
  psql(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}
