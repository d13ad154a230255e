import { fetchStats } from './api-helpers';
import { countIncidentsOnMap, expect, test, waitForMarkers } from './fixtures';
import { SEEDED_OUTLET as OUTLET, removeOutlet, seedIncidentsForSpec } from './seed-helpers';

/**
 * The spec owns its data (as Plausible's dashboard e2e does): it writes a dozen incidents of its own under
 * an outlet no other data uses, asserts the exact numbers those incidents make, and removes them again.
 * Expectations are counted from the fixture file here, never read back from the app's own API.
 */
const shown = seedIncidentsForSpec();
const count = (keep: (i: (typeof shown)[number]) => boolean) => shown.filter(keep).length;

test('the dashboard counts exactly the seeded incidents', async ({ page }) => {
  // Twelve shown, and one rejected that no view may count.
  await page.goto(`/?outlet=${OUTLET}`);
  await expect(page.getByTestId('incident-count')).toHaveText(String(shown.length));
  await waitForMarkers(page);
  await expect.poll(() => countIncidentsOnMap(page)).toBe(count((i) => i.lat !== null));

  await page.goto(`/?outlet=${OUTLET}&type=arrest`);
  await expect(page.getByTestId('incident-count')).toHaveText(String(count((i) => i.type === 'arrest')));

  await page.goto(`/?outlet=${OUTLET}&province=ryanggang&from=2023-03&to=2023-10`);
  const ryanggangSpring = count((i) => i.admin1 === 'Ryanggang' && i.date! >= '2023-03' && i.date! < '2023-11');
  await expect(page.getByTestId('incident-count')).toHaveText(String(ryanggangSpring));
});

test('the API agrees with the fixture, type by type', async ({ request }) => {
  const stats = await fetchStats(request, `outlet=${OUTLET}`);
  expect(stats.total).toBe(shown.length);
  for (const type of new Set(shown.map((i) => i.type))) expect(stats.byType[type], type).toBe(count((i) => i.type === type));
});

test('removing the seeded data leaves nothing of it behind', async ({ page, request }) => {
  expect(removeOutlet(OUTLET).incidents).toBe(shown.length + 1);
  expect((await fetchStats(request, `outlet=${OUTLET}`)).total).toBe(0);
  await page.goto(`/?outlet=${OUTLET}`);
  await expect(page.getByTestId('incident-count')).toHaveText('0');
});
