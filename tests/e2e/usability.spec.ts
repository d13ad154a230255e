import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForMarkers } from './fixtures';
import { SEEDED_OUTLET as OUTLET, seedIncidentsForSpec } from './seed-helpers';

/** Incidents of its own (under an outlet nothing else uses): expected counts come from its fixture. */
const shown = seedIncidentsForSpec();

// One test per page, so a slow machine gives each axe run its own time budget.
for (const [name, pathOf] of [
  ['the dashboard', () => '/'],
  ['the dashboard with an incident open', (id: number) => `/?incident=${id}`],
  ['an incident permalink', (id: number) => `/incidents/${id}`],
] as const) {
  test(`no serious or critical accessibility violations (axe) on ${name}`, async ({ page, request }) => {
    const { features } = await (await request.get('/api/incidents?limit=1')).json();
    const path = pathOf(features[0].id);
    await page.goto(path);
    if (path.startsWith('/?') || path === '/') await waitForMarkers(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  });
}

test('filters work from the keyboard with a visible focus', async ({ page }) => {
  await page.goto('/');
  await waitForMarkers(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab'); // the first type checkbox
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('type', 'checkbox');
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/type=/);
});

test('the phone viewport works without horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/?outlet=${OUTLET}`);
  await expect(page.getByTestId('incident-count')).toHaveText(String(shown.length));
  await expect(page.locator('.leaflet-container')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const mapBox = await page.locator('.leaflet-container').boundingBox();
  expect(mapBox!.width).toBeLessThanOrEqual(390);
  expect(mapBox!.height).toBeGreaterThan(200);
  // A list row opens the incident on the phone too.
  await page.getByTestId('incident-list').getByRole('link').first().tap();
  await expect(page.getByTestId('incident-detail')).toBeVisible();
  await context.close();
});
