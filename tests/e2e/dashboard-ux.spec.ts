import type { Page } from '@playwright/test';
import { expect, test, waitForMarkers } from './fixtures';
import { DASHBOARD_TITLE } from '@/lib/url/page-titles';

/** The sum of layout shifts not caused by input, as Chrome reports them (Cumulative Layout Shift). */
async function startLayoutShiftLog(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const readLayoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

test('list rows and the interval switch keep a map view set after the page loaded', async ({ page }) => {
  await page.goto('/');
  await waitForMarkers(page);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/map=7\//);
  const map = new URL(page.url()).searchParams.get('map');

  await page.getByRole('navigation', { name: 'Chart interval' }).getByRole('link', { name: 'Week' }).click();
  await expect(page).toHaveURL(/by=week/);
  expect(new URL(page.url()).searchParams.get('map')).toBe(map);

  // The row's link carries the live view; once selected, the map may only come closer (to show the incident).
  const row = page.getByTestId('incident-list').getByRole('link').first();
  expect(new URL((await row.getAttribute('href'))!, page.url()).searchParams.get('map')).toBe(map);
  await row.click();
  await expect(page).toHaveURL(/incident=\d+/);
  expect(Number(new URL(page.url()).searchParams.get('map')?.split('/')[0])).toBeGreaterThanOrEqual(7);
  expect(new URL(page.url()).searchParams.get('by')).toBe('week');
});

test('a list row opens the incident in view without moving the row; Escape closes it and gives focus back', async ({ page }) => {
  await page.goto('/');
  await waitForMarkers(page);
  const row = page.getByTestId('incident-list').getByRole('link').nth(3);
  await row.scrollIntoViewIfNeeded();
  const before = (await row.boundingBox())!;
  await row.click();
  const detail = page.getByTestId('incident-detail');
  await expect(detail).toBeVisible();
  await expect(detail).toBeInViewport({ ratio: 0.9 });
  const after = (await row.boundingBox())!;
  expect(Math.abs(after.y - before.y)).toBeLessThan(2);

  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/incident=/);
  await expect(row).toBeFocused();
  await expect(page).toHaveTitle(DASHBOARD_TITLE); // the tab no longer names the closed incident

  // Closing is a history entry of its own: Back opens the same incident again.
  await page.goBack();
  await expect(page).toHaveURL(/incident=\d+/);
  await expect(detail).toBeVisible();
  await expect(page).not.toHaveTitle(DASHBOARD_TITLE);
});

test('on a phone the incident opens as a sheet on screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  const row = page.getByTestId('incident-list').getByRole('link').first();
  await row.scrollIntoViewIfNeeded();
  await row.tap();
  await expect(page.getByTestId('incident-detail')).toBeInViewport({ ratio: 0.9 });
  await context.close();
});

test('on a phone the filters fold behind a "Filters (n)" button, the count and map come first', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/?type=arrest,trial&q=a');
  const button = page.getByRole('button', { name: 'Filters (2)' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Type' })).toBeHidden();
  await expect(page.getByTestId('incident-count')).toBeInViewport();
  await expect(page.locator('.leaflet-container')).toBeInViewport({ ratio: 0.3 });
  await button.tap();
  await expect(page.getByRole('group', { name: 'Type' })).toBeVisible();
  await context.close();
});

test('unticking the last type says so and offers every type back in one click', async ({ page }) => {
  await page.goto('/?type=arrest');
  const box = page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { checked: true });
  await expect(box).toHaveCount(1);
  await box.uncheck();
  await expect(page.getByTestId('no-types')).toHaveText('No types selected: 0 incidents.');
  await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('type')).toBe('arrest'); // not silently widened to every type
  await page.getByRole('button', { name: 'All types' }).click();
  await expect(page).not.toHaveURL(/type=/);
  await expect(page.getByTestId('no-types')).toHaveCount(0);
});

test('an empty view says so in the charts, with a way back', async ({ page }) => {
  await page.goto('/?q=zzqqxxnothing');
  await expect(page.getByTestId('incident-count')).toHaveText('0');
  const empty = page.getByRole('status').filter({ hasText: 'No incidents in this view.' });
  await expect(empty).toHaveCount(2);
  await empty.first().getByRole('link', { name: 'Clear the filters' }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByTestId('timeline-chart')).toBeVisible();
});

test('the undated note is a sentence for one incident and for many', async ({ page }) => {
  await page.goto('/');
  const note = page.getByTestId('undated-note');
  if ((await note.count()) === 0) return; // every demo incident dated: nothing to say
  await expect(note).toHaveText(/^(1 incident has no usable date and is|\d+ incidents have no usable date and are) not charted\.$/);
});

test('the layout moves by at most 0.05 (CLS) while data arrives and controls change', async ({ page }) => {
  await startLayoutShiftLog(page);
  await page.goto('/');
  await waitForMarkers(page);
  await expect(page.getByTestId('timeline-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.getByTestId('incident-list').getByRole('link').first().click();
  await expect(page.getByTestId('incident-detail')).toBeVisible();
  await page.getByRole('navigation', { name: 'Chart interval' }).getByRole('link', { name: 'Year' }).click();
  await expect(page).toHaveURL(/by=year/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('shared-link')).toBeVisible();
  await page.getByRole('group', { name: 'Type' }).getByRole('checkbox').first().uncheck();
  await expect(page).toHaveURL(/type=/);
  await page.waitForTimeout(800); // shifts after the last navigation are counted too
  const cls = await readLayoutShift(page);
  console.log(`CLS over load and five interactions: ${cls.toFixed(4)}`);
  expect(cls).toBeLessThanOrEqual(0.05);
});
