// The e2e suite against PostgreSQL: `npm run test:e2e:pg` runs it through scripts/with-postgres.ts, which
// starts a throwaway cluster and sets DATABASE_URL. Two production servers share that one database:
// the first through `npm start`'s path (migrate, seed, build when stale, serve), the second a plain
// `next start` of the same build on the next port, for the statelessness spec. Playwright starts web
// servers one after the other, so the second finds the build ready.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const url = process.env.DATABASE_URL ?? '';
if (!/^postgres(ql)?:\/\//.test(url)) {
  throw new Error('playwright.postgres.config.ts needs a postgresql:// DATABASE_URL: run `npm run test:e2e:pg`.');
}
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? PORT + 1);
// Read by the specs (and inherited by Playwright's workers).
process.env.E2E_DATABASE_URL = url;
process.env.E2E_SECOND_URL = `http://localhost:${SECOND_PORT}`;

// The tests stand in for a reverse proxy that names each client in X-Forwarded-For (see playwright.config.ts).
const env = { DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1', ATLAS_TRUST_PROXY: '1' };
const server = { timeout: 600_000, reuseExistingServer: false, stdout: 'pipe' as const };

export default defineConfig({
  ...base,
  // The specs whose outcome depends on the database: queries, filters, paging, a write, two servers.
  // The UI-only specs (usability.spec.ts: axe, keyboard, phone layout) run once, on SQLite, to keep
  // `npm test` short.
  testIgnore: [],
  testMatch: ['dashboard.spec.ts', 'ingested.spec.ts', 'robustness.spec.ts', '*.postgres.spec.ts'],
  outputDir: 'test-results/postgres',
  // Two servers and an ingest run share the machine's cores with the browser.
  timeout: 120_000,
  use: { ...base.use, baseURL: `http://localhost:${PORT}` },
  webServer: [
    { ...server, command: 'tsx scripts/start.ts', env: { ...env, PORT: String(PORT) }, url: `http://localhost:${PORT}/api/stats` },
    {
      ...server,
      // Every app server behind one database signs sessions with the same secret (README: several app servers):
      // the first server's `npm start` wrote it to .auth-secret.
      command: `sh -c 'BETTER_AUTH_SECRET="\${BETTER_AUTH_SECRET:-$(cat .auth-secret)}" exec node node_modules/next/dist/bin/next start -p ${SECOND_PORT}'`,
      env,
      url: `http://localhost:${SECOND_PORT}/api/stats`,
    },
  ],
});
