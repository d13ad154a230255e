// Vitest global setup of the `postgresql` project: one throwaway cluster for the whole run. Each test
// file then creates its own database on it (tests/support/fresh-database.ts).
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster's maintenance database; absent in the SQLite project. */
    postgresAdminUrl?: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster('atlas-vitest-pg-');
  project.provide('postgresAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
