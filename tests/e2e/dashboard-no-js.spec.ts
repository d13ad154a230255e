import { expect, test } from './fixtures';

/**
 * Without JavaScript the server's HTML is the whole first view: the count, the filters' counts, the charts'
 * tables, the list and the links (README: "every link work[s] without JavaScript"). Anything that streamed a
 * part of it later, behind a Suspense fallback, would leave that part hidden for good in such a browser.
 */
test('without JavaScript the count, filters, chart tables, list and menus are all shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  expect(Number(await page.getByTestId('incident-count').textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId('type-count-arrest')).toBeVisible();
  await expect(page.getByText('Show as table').first()).toBeVisible();
  await expect(page.getByTestId('incident-list').getByRole('link').first()).toBeVisible();
  await expect(page.getByText('Download', { exact: true })).toBeVisible();
  // The list's first row opens that incident's page, JavaScript or not.
  const first = page.getByTestId('incident-list').getByRole('link').first();
  expect(await first.getAttribute('href')).toMatch(/incident=\d+|\/incidents\/\d+/);
  await context.close();
});
