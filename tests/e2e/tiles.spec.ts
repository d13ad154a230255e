// Online tiles: the second web server of playwright.config.ts draws TILE_URL (a file it serves itself, so the
// run stays offline) with TILE_ATTRIBUTION as the map's credit line. That server is private: sign in first.
import { expect, test } from './fixtures';
import { addAccounts, signedInContext } from './auth-helpers';
import { E2E_TILE_ATTRIBUTION } from './e2e-database';

test('TILE_URL tiles are drawn with the TILE_ATTRIBUTION credit, as plain text', async ({ browser }) => {
  const [viewer] = addAccounts(['viewer']);
  const context = await signedInContext(browser, process.env.E2E_PRIVATE_URL!, viewer);
  const page = await context.newPage();
  await page.goto('/');
  const tile = page.locator('.leaflet-tile-pane img.leaflet-tile-loaded').first();
  await expect(tile).toHaveAttribute('src', /\/icon\.svg\?z=\d+&x=\d+&y=\d+$/);
  expect(await tile.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const credit = page.locator('.leaflet-control-attribution');
  await expect(credit).toContainText(E2E_TILE_ATTRIBUTION);
  await expect(credit.locator('e2e')).toHaveCount(0);
  await context.close();
});
