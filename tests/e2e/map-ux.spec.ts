import type { Locator, Page } from '@playwright/test';
import { fetchIncidents } from './api-helpers';
import { expect, test, waitForMarkers } from './fixtures';

/** Marker and cluster icons Leaflet has drawn, and the selected one (the icon drawn with data-selected). */
const icons = (page: Page) => page.locator('.leaflet-marker-icon').filter({ has: page.locator('span > span:not([aria-hidden])') });
/** An icon's screen-reader text (the visible count beside it is aria-hidden). */
const srText = (icon: Locator) => icon.locator('span > span:not([aria-hidden])').first().textContent();
const selectedIcon = (page: Page) => page.locator('.leaflet-marker-icon:has([data-selected])');

async function idOf(request: Parameters<typeof fetchIncidents>[0], query: string): Promise<number> {
  const { features } = await fetchIncidents(request, query);
  expect(features.length).toBeGreaterThan(0);
  return features[0].id;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('a page loaded with a selected incident inside a cluster shows that incident on the map', async ({ page, request }) => {
  // Three incidents sit in and beside Hoeryong: at the default zoom they are one cluster.
  const id = await idOf(request, 'q=Hoeryong&type=arrest');
  await page.goto('/');
  await waitForMarkers(page);
  await expect(icons(page).filter({ hasText: /incidents nearby/ }).first()).toBeVisible();

  await page.goto(`/?incident=${id}`);
  await expect(selectedIcon(page)).toHaveCount(1);
  const map = await boxOf(page.locator('.leaflet-container'));
  const marker = await boxOf(selectedIcon(page));
  expect(overlaps(map, marker)).toBe(true);
  await expect(page).toHaveURL(new RegExp(`incident=${id}`));
});

test('Enter or Space on a marker focused from the keyboard opens its incident', async ({ page }) => {
  for (const key of ['Enter', ' ']) {
    await page.goto('/?type=crackdown'); // province-level markers: never clustered, first in tab order
    await waitForMarkers(page);
    await page.locator('.leaflet-container').focus();
    // Tab from the map to its first single-incident marker.
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => {
        const el = document.activeElement;
        return Boolean(el?.classList.contains('leaflet-marker-icon') && /: 1 incident\b/.test(el.textContent ?? ''));
      });
    }
    expect(found).toBe(true);
    await expect(page.locator('.leaflet-tooltip')).toContainText('Crackdown / surveillance: 1 incident');
    await page.keyboard.press(key);
    await expect(page).toHaveURL(/incident=\d+/);
    await expect(page.getByTestId('incident-detail')).toBeVisible();
  }
});

test('a same-place popup lists each incident by type, date and summary; hovering names the place in Korean too', async ({ page, request }) => {
  const { features } = await fetchIncidents(request, 'type=trial&q=Sunam');
  expect(features.length).toBeGreaterThan(1);
  await page.goto('/?type=trial');
  await waitForMarkers(page);
  const place = icons(page).filter({ hasText: `${features.length} incidents in Sunam` });
  await place.hover();
  await expect(page.locator('.leaflet-tooltip')).toContainText(/Trial \/ sentence: \d+ incidents in Sunam District \([\uac00-\ud7a3]+\)/);
  await place.click();
  const popup = page.getByTestId('place-popup');
  const items = popup.getByRole('listitem');
  await expect(items).toHaveCount(features.length);
  await expect(popup).not.toContainText('Incident #');
  for (const feature of features) {
    const summary = String(feature.properties.summary).slice(0, 30);
    await expect(items.filter({ hasText: summary })).toContainText(/^Trial \/ sentence · (Date unknown|\d{4}|\w{3} \d{4}|\d{1,2} \w{3} \d{4})/);
  }
  await items.first().getByRole('button').click();
  await expect(page).toHaveURL(/incident=\d+/);
});

test('a cluster click zooms to the cluster, its markers inside the padded view, clear of the zoom control', async ({ page }) => {
  await page.goto('/');
  await waitForMarkers(page);
  const cluster = icons(page).filter({ hasText: /incidents nearby/ }).first();
  const total = Number(/^(\d+) incidents nearby/.exec((await srText(cluster)) ?? '')?.[1]);
  expect(total).toBeGreaterThan(1);
  await cluster.click();
  await expect(page).toHaveURL(/map=\d+\//);
  const zoomAfter = Number(new URL(page.url()).searchParams.get('map')!.split('/')[0]);
  expect(zoomAfter).toBeGreaterThan(6);
  expect(zoomAfter).toBeLessThan(12); // the cluster's bounds, not the maximum zoom

  // Padding 56 px: the cluster's markers land at least ~40 px inside every edge, so none under the zoom control.
  const map = await boxOf(page.locator('.leaflet-container'));
  const control = await boxOf(page.locator('.leaflet-control-zoom'));
  const inner = { x: map.x + 40, y: map.y + 40, width: map.width - 80, height: map.height - 80 };
  expect(overlaps(inner, control)).toBe(false);
  let inside = 0;
  for (const icon of await icons(page).all()) {
    const box = await icon.boundingBox();
    if (!box) continue;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2, width: 0, height: 0 };
    if (overlaps({ ...inner, width: inner.width + 0.01, height: inner.height + 0.01 }, { ...centre, width: 0.01, height: 0.01 })) {
      inside += Number(/(\d+) incidents?\b/.exec((await srText(icon)) ?? '')?.[1] ?? 0);
    }
  }
  expect(inside).toBeGreaterThanOrEqual(total);
});
