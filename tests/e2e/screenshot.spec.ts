import { mkdirSync } from 'node:fs';
import { expect, test, waitForMarkers } from './fixtures';

// Rewrites the tracked docs/screenshot.png, so it runs only on demand: `npm run screenshot`.
test.skip(!process.env.SCREENSHOT, 'run with `npm run screenshot`');

test('README screenshot of the dashboard', async ({ page }) => {
  await page.goto('/');
  await waitForMarkers(page);
  await expect(page.getByTestId('timeline-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: false });
});
