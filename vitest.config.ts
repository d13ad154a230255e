import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { findPostgresBin, postgresRequired } from './tests/support/postgres-cluster';

/**
 * Two projects: `sqlite` runs every unit and integration test; `postgresql` runs the integration tests
 * again on a throwaway PostgreSQL cluster (tests/support/postgres-global-setup.ts). `*.sqlite.test.ts`
 * and `*.postgres.test.ts` files belong to one database only. Without PostgreSQL installed the second
 * project is skipped, loudly; with ATLAS_REQUIRE_POSTGRES=1 (CI) that is an error instead.
 */
const postgresBin = findPostgresBin();
if (!postgresBin) {
  if (postgresRequired()) throw new Error('ATLAS_REQUIRE_POSTGRES=1 but PostgreSQL is not installed (no initdb/pg_ctl).');
  console.warn(
    '\n⚠ SKIPPED: the integration tests on PostgreSQL. No PostgreSQL server binaries were found (install Debian\'s `postgresql`, or set PG_BIN). Only SQLite was tested.\n',
  );
}

const integration = 'tests/integration/**/*.test.ts';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside a React Server Component bundle; tests run lib/ code directly.
      'server-only': fileURLToPath(new URL('./tests/support/empty-module.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    // Generous: the machines that run this are often shared, and an ingest test loads the NLP model.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true as const,
        test: { name: 'sqlite', include: ['tests/unit/**/*.test.ts', integration], exclude: ['**/*.postgres.test.ts'] },
      },
      ...(postgresBin
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgresql',
                include: [integration],
                exclude: ['**/*.sqlite.test.ts'],
                globalSetup: ['tests/support/postgres-global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
