import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_SQLITE_URL, E2E_TILE_ATTRIBUTION } from './tests/e2e/e2e-database';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second server of the same build and database with ATLAS_PRIVATE=1, for private.spec.ts. */
const PRIVATE_PORT = Number(process.env.E2E_PRIVATE_PORT ?? PORT + 1);
process.env.E2E_PRIVATE_URL = `http://localhost:${PRIVATE_PORT}`;

/**
 * The browser: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download (a laptop
 * with `npx playwright install`). These machines cannot download browsers, so Debian's is the usual one.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: 'tests/e2e',
  // PostgreSQL-only specs (two app servers on one database) run in playwright.postgres.config.ts.
  testIgnore: '**/*.postgres.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: [{
    // The production build on a fresh database of its own: `npm start`'s own path (migrate, seed, build, serve).
    command: 'node scripts/reset-e2e-db.mjs && tsx scripts/start.ts',
    // The tests stand in for a reverse proxy: each sign-in test names its own address in X-Forwarded-For,
    // so one test's per-address limit never blocks another's.
    env: { PORT: String(PORT), DATABASE_URL: E2E_SQLITE_URL, NEXT_TELEMETRY_DISABLED: '1', ATLAS_TRUST_PROXY: '1' },
    url: `http://localhost:${PORT}/api/stats`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  }, {
    // Playwright starts web servers one after the other: this one finds the build and `.auth-secret` ready.
    // No ATLAS_TRUST_PROXY: it counts sign-ins under the socket address, as a deployment without a proxy does.
    command: `sh -c 'BETTER_AUTH_SECRET="\${BETTER_AUTH_SECRET:-$(cat .auth-secret)}" exec node --import ./scripts/refuse-methods.mjs --import ./scripts/client-address.mjs node_modules/next/dist/bin/next start -p ${PRIVATE_PORT}'`,
    // It also draws online tiles, served by itself (tiles.spec.ts): TILE_URL and its credit line.
    env: {
      DATABASE_URL: E2E_SQLITE_URL,
      NEXT_TELEMETRY_DISABLED: '1',
      ATLAS_PRIVATE: '1',
      TILE_URL: `http://localhost:${PRIVATE_PORT}/icon.svg?z={z}&x={x}&y={y}`,
      TILE_ATTRIBUTION: E2E_TILE_ATTRIBUTION,
    },
    url: `http://localhost:${PRIVATE_PORT}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  }],
});
