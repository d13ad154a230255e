import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_SQLITE_URL } from './tests/e2e/e2e-database';

/** Plain text with characters Leaflet would read as HTML: the page must show them as text. */
const E2E_TILE_ATTRIBUTION = '© E2E Tiles <b>& friends</b>';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const TILES_PORT = PORT + 1;
// Read by tiles.spec.ts (and inherited by Playwright's workers).
process.env.E2E_TILES_URL = `http://localhost:${TILES_PORT}`;
process.env.E2E_TILE_ATTRIBUTION = E2E_TILE_ATTRIBUTION;

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
  webServer: [
    {
      // The production build on a fresh database of its own: `npm start`'s own path (migrate, seed, build, serve).
      command: 'node scripts/reset-e2e-db.mjs && tsx scripts/start.ts',
      // The tests stand in for a reverse proxy: each sign-in test names its own address in X-Forwarded-For,
      // so one test's per-address limit never blocks another's.
      env: { PORT: String(PORT), DATABASE_URL: E2E_SQLITE_URL, NEXT_TELEMETRY_DISABLED: '1', ATLAS_TRUST_PROXY: '1' },
      url: `http://localhost:${PORT}/api/stats`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      // The same build with online tiles configured (tiles.spec.ts). Started after the first, so the build is
      // ready; the tile URL points at this server, which answers 404: the map must work regardless.
      command: `node node_modules/next/dist/bin/next start -p ${TILES_PORT}`,
      env: {
        DATABASE_URL: E2E_SQLITE_URL,
        NEXT_TELEMETRY_DISABLED: '1',
        TILE_URL: `http://localhost:${TILES_PORT}/e2e-tiles/{z}/{x}/{y}.png`,
        TILE_ATTRIBUTION: E2E_TILE_ATTRIBUTION,
      },
      url: `http://localhost:${TILES_PORT}/api/stats`,
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
