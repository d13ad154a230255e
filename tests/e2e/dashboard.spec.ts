import type { Page } from '@playwright/test';
import { countMappable, fetchStats } from './api-helpers';
import { countIncidentsOnMap, expect, readCount, test, waitForMarkers } from './fixtures';

test('markers appear for the demo incidents', async ({ page, request }) => {
  const stats = await fetchStats(request);
  expect(stats.total).toBeGreaterThan(0);
  await page.goto('/');
  await expect(page.getByTestId('incident-count')).toHaveText(String(stats.total));
  await waitForMarkers(page);
  await expect.poll(() => countIncidentsOnMap(page)).toBe(await countMappable(request));
  // The offline basemap is drawn: country and province shapes are SVG paths on the map.
  await expect(page.locator('.leaflet-container svg path').nth(10)).toBeAttached();
  await expect(page.getByTestId('timeline-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
});

test('unticking a type updates markers, count, list, charts and URL; Back restores it', async ({ page, request }) => {
  const before = await fetchStats(request);
  const [type, removed] = Object.entries(before.byType).sort((a, b) => b[1] - a[1])[0];
  await page.goto('/');
  await waitForMarkers(page);
  const checkbox = page.getByRole('checkbox', { name: new RegExp(await typeLabel(page, type)) });
  await checkbox.uncheck();

  await expect(page).toHaveURL(/[?&]type=/);
  const url = new URL(page.url());
  const selected = url.searchParams.get('type')!.split(',');
  expect(selected).not.toContain(type);
  await expect(page.getByTestId('incident-count')).toHaveText(String(before.total - removed));
  const query = `type=${selected.join(',')}`;
  await expect.poll(() => countIncidentsOnMap(page)).toBe(await countMappable(request, query));
  const label = await typeLabel(page, type);
  await expect(page.getByTestId('incident-list').getByText(label, { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('timeline-chart').locator('.recharts-legend-item-text', { hasText: label })).toHaveCount(0);

  await page.goBack();
  await expect(page.getByTestId('incident-count')).toHaveText(String(before.total));
  await expect(page.getByRole('checkbox', { name: new RegExp(label) })).toBeChecked();
});

test('a copied link opened in a new browser reproduces filters, map view and selection', async ({ page, browser, request }) => {
  const stats = await fetchStats(request);
  const type = Object.entries(stats.byType).find(([, n]) => n > 0)![0];
  await page.goto('/');
  await waitForMarkers(page);
  await page.getByRole('checkbox', { name: new RegExp(await typeLabel(page, type)) }).uncheck();
  await expect(page).toHaveURL(/type=/);
  await page.getByTestId('incident-list').getByRole('link').first().click();
  await expect(page).toHaveURL(/incident=\d+/);
  const summary = await page.getByTestId('incident-detail').getByRole('heading', { level: 2 }).textContent();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/map=7\//);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByTestId('shared-link').inputValue();
  expect(link).toBe(page.url());
  const count = await readCount(page);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('incident-count')).toHaveText(String(count));
  await expect(fresh.getByTestId('incident-detail').getByRole('heading', { level: 2 })).toHaveText(summary!);
  await expect(fresh.getByRole('checkbox', { name: new RegExp(await typeLabel(fresh, type)) })).not.toBeChecked();
  await waitForMarkers(fresh);
  await fresh.waitForTimeout(500); // let the map settle: it must not rewrite the shared view
  expect(fresh.url()).toBe(link);
  await other.close();
});

test('the permalink page shows summary, place, date and source, with a link preview', async ({ page, request }) => {
  const res = await request.get('/api/incidents?limit=1000');
  const { features } = await res.json();
  const dated = features.find((f: { properties: { date: string | null; placeName: string | null } }) => f.properties.date && f.properties.placeName);
  expect(dated).toBeTruthy();
  await page.goto(`/incidents/${dated.id}`);
  const detail = page.getByTestId('incident-detail');
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText(dated.properties.summary);
  await expect(detail.getByTestId('incident-place')).toContainText(dated.properties.placeName);
  await expect(detail.getByTestId('incident-date')).toContainText(dated.properties.date.slice(0, 4));
  await expect(detail.getByTestId('incident-sources')).toContainText(dated.properties.sources[0].title);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', dated.properties.summary);

  const missing = await page.goto('/incidents/999999999');
  expect(missing?.status()).toBe(404);
});

test('with every outside host blocked the page still renders fully', async ({ page, externalRequests, request }) => {
  const stats = await fetchStats(request);
  await page.goto('/');
  await waitForMarkers(page);
  await expect(page.locator('.leaflet-container svg path').nth(10)).toBeAttached();
  await expect(page.getByTestId('incident-count')).toHaveText(String(stats.total));
  await expect(page.getByTestId('province-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  // Nothing on the page needs the internet (no tiles, fonts or scripts from elsewhere).
  expect(externalRequests).toEqual([]);
});

async function typeLabel(page: Page, type: string): Promise<string> {
  const id = `type-count-${type}`;
  const label = page.locator('label', { has: page.getByTestId(id) });
  return (await label.locator('.check-label').textContent())!.trim().replace(/[/]/g, '\\/');
}
