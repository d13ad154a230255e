import { expect, test } from './fixtures';

// The second server of playwright.config.ts, started with TILE_URL and TILE_ATTRIBUTION.
const TILES_URL = process.env.E2E_TILES_URL!;
const ATTRIBUTION = process.env.E2E_TILE_ATTRIBUTION!;

test('TILE_URL tiles are drawn with the TILE_ATTRIBUTION credit, as plain text', async ({ page }) => {
  await page.goto(`${TILES_URL}/`);
  await expect(page.locator('.leaflet-tile-pane img').first()).toHaveAttribute('src', /\/e2e-tiles\/\d+\/\d+\/\d+\.png$/);
  const credit = page.locator('.leaflet-control-attribution');
  await expect(credit).toContainText(ATTRIBUTION);
  await expect(credit.locator('b')).toHaveCount(0);
});

test('without TILE_URL the map draws no tiles and credits no tile provider', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  await expect(page.locator('.leaflet-control-attribution')).not.toContainText('E2E Tiles');
  await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
});
