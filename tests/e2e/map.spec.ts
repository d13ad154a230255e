import type { Locator, Page } from '@playwright/test';
import { fetchIncidents } from './api-helpers';
import { expect, test, waitForMarkers } from './fixtures';
import { seedIncidentsForSpec } from './seed-helpers';

/**
 * The map's own behaviour on incidents this spec writes (tests/fixtures/e2e/map-incidents.json): three at one
 * point under two place names (as Hoeryong and "Village near Hoeryong"), three nearby that cluster at the
 * country view, one known only to its province. Places and summaries come from the fixture; ids from the API.
 */
const FIXTURE = 'tests/fixtures/e2e/map-incidents.json';
const OUTLET = 'atlas-map-wire';
const VIEW = `/?outlet=${OUTLET}`;

seedIncidentsForSpec(FIXTURE, OUTLET);
let ids: Map<string, number>;
test.beforeAll(async ({ request }) => {
  const { features } = await fetchIncidents(request, `outlet=${OUTLET}`);
  ids = new Map(features.map((f) => [String(f.properties.summary), f.id]));
});

const idOf = (summary: string) => ids.get(summary)!;
const readView = (page: Page) => {
  const [zoom, lat, lon] = (new URL(page.url()).searchParams.get('map') ?? '').split('/').map(Number);
  return { zoom, lat, lon };
};
/** An incident marker, found by the place its screen-reader text names. */
const markerAt = (page: Page, place: string) =>
  page.locator('.leaflet-marker-pane .leaflet-marker-icon', { has: page.locator('span', { hasText: new RegExp(`in ${place}$`) }) });
const panelTitle = (page: Page) => page.locator('#incident-panel-title');
const ring = (page: Page) => page.locator('.leaflet-selected-incident-pane .leaflet-marker-icon');

async function expectInsideMap(page: Page, target: Locator) {
  const map = (await page.locator('.leaflet-container').boundingBox())!;
  const box = (await target.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(map.x);
  expect(box.y).toBeGreaterThanOrEqual(map.y);
  expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
  expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
}

/**
 * The incidents the markers inside the map stand for, and the labels of those under the zoom control. Read in
 * one pass in the page: markers for a new view replace the old ones at any moment, and a locator listed
 * before that (`.all()`) would wait, with no timeout of its own, for an icon that is gone (as in CI, where the
 * off-view province marker went away mid-read and the poll never returned).
 */
function readDrawnMarkers(page: Page) {
  return page.locator('.leaflet-container').evaluate((container) => {
    const map = container.getBoundingClientRect();
    const control = container.querySelector('.leaflet-control-zoom')!.getBoundingClientRect();
    let inMap = 0;
    const underControl: string[] = [];
    for (const icon of container.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')) {
      const box = icon.getBoundingClientRect();
      const label = icon.querySelector('span > span:not([aria-hidden])')?.textContent ?? '';
      if (box.width === 0 && box.height === 0) continue; // not laid out (Playwright's boundingBox gave null)
      if (box.left < map.left || box.top < map.top || box.right > map.right || box.bottom > map.bottom) continue;
      if (box.left < control.right && box.top < control.bottom) underControl.push(label);
      inMap += Number(/(\d+) incidents?\b/.exec(label)?.[1] ?? 0);
    }
    return { inMap, underControl };
  });
}

test('a cluster click fits its markers in view, clear of the zoom control, without going to the last zoom', async ({ page }) => {
  await page.goto(VIEW);
  await waitForMarkers(page);
  // At the country view the six incidents of the nearby places are one cluster.
  const cluster = page.locator('.leaflet-marker-icon', { has: page.locator('span', { hasText: /^6 incidents nearby/ }) });
  await cluster.click();
  await expect.poll(() => readView(page).zoom).toBeGreaterThan(6);
  expect(readView(page).zoom).toBeLessThan(12);
  // Every marker in the map, none under the zoom control, together the cluster's six incidents.
  await expect.poll(() => readDrawnMarkers(page)).toEqual({ inMap: 6, underControl: [] });
});

test('at the last zoom, markers sharing a point fan out and each opens its incident; a popup names type, date and summary', async ({ page }) => {
  // Three incidents at one point: two arrests in the town, a trial in the hamlet. One cluster, spiderfied on click.
  const fanOut = async () => {
    await page.goto(`${VIEW}&map=12/41.7/128.9`);
    await waitForMarkers(page);
    await page.locator('.leaflet-marker-icon', { has: page.locator('span', { hasText: /^3 incidents nearby/ }) }).click();
  };
  await fanOut();
  await markerAt(page, 'Test Point Town').click();
  const popup = page.locator('.leaflet-popup-content');
  await expect(popup.getByRole('button')).toHaveText([
    /^Arrest \/ detention · 5 Feb 2024\s*Map test: a courier stopped at the station gate\.$/,
    /^Arrest \/ detention · Mar 2024\s*Map test: two traders held after a house search\.$/,
  ]);
  await popup.getByRole('button', { name: /two traders/ }).click();
  await expect(panelTitle(page)).toHaveText('Map test: two traders held after a house search.');

  await fanOut();
  const hamlet = markerAt(page, 'Test Hamlet near Point Town');
  await hamlet.hover();
  // Hovering tells the place and the count (the tooltip of a marker just passed may still be fading out).
  await expect(page.getByRole('tooltip', { name: 'Trial / sentence: 1 incident in Test Hamlet near Point Town', exact: true })).toBeVisible();
  await hamlet.click();
  await expect(panelTitle(page)).toHaveText('Map test: a hearing held in the hamlet hall.');
});

test('Enter and Space on a focused marker open its incident, also after a selection redrew the icons', async ({ page }) => {
  await page.goto(`${VIEW}&map=10/41.66/128.84`);
  await waitForMarkers(page);
  // Tab from the map itself until the marker has the focus.
  const tabTo = async (place: string) => {
    await page.locator('.leaflet-container').focus();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      if (await markerAt(page, place).evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`no marker in ${place} took the focus`);
  };
  await tabTo('Test West Village');
  await page.keyboard.press('Enter');
  await expect(panelTitle(page)).toHaveText('Map test: relatives of a leaver sent to a farm.');
  await tabTo('Test North Village');
  await page.keyboard.press(' ');
  await expect(panelTitle(page)).toHaveText('Map test: phone checks on the bridge road.');
  // The first marker's icon was replaced twice (selected, then not): its key still works.
  await tabTo('Test West Village');
  await page.keyboard.press(' ');
  await expect(panelTitle(page)).toHaveText('Map test: relatives of a leaver sent to a farm.');
  expect(readView(page)).toEqual({ zoom: 10, lat: 41.66, lon: 128.84 });
});

test('a selection inside a cluster is ringed and the map goes to it: from a link, and from the list', async ({ page }) => {
  const north = idOf('Map test: phone checks on the bridge road.');
  await page.goto(`${VIEW}&incident=${north}`);
  await expect.poll(() => readView(page).zoom).toBeGreaterThanOrEqual(9);
  await expectInsideMap(page, ring(page));
  await expect(markerAt(page, 'Test North Village').locator('[data-selected]')).toBeVisible();

  // From the list, at the country view: the incident sits in the cluster; the map goes to it.
  await page.goto(VIEW);
  await waitForMarkers(page);
  await page.getByTestId('incident-list').getByRole('link', { name: /relatives of a leaver/ }).click();
  await expect(panelTitle(page)).toHaveText('Map test: relatives of a leaver sent to a farm.');
  await expect.poll(() => readView(page).zoom).toBeGreaterThanOrEqual(9);
  await expectInsideMap(page, ring(page));
  await expect(markerAt(page, 'Test West Village').locator('[data-selected]')).toBeVisible();
});

test("a link with its own map view keeps it, selection or not", async ({ page }) => {
  const north = idOf('Map test: phone checks on the bridge road.');
  await page.goto(`${VIEW}&incident=${north}&map=7/40.5/127`);
  await waitForMarkers(page);
  await expect(ring(page)).toBeAttached();
  await expect(panelTitle(page)).toHaveText('Map test: phone checks on the bridge road.');
  expect(readView(page)).toEqual({ zoom: 7, lat: 40.5, lon: 127 });
});

/** The colour a shaded province is drawn in (its fill over the land), the land's, and the sea's. */
async function readShadingColours(page: Page) {
  return page.evaluate(() => {
    const rgb = (css: string) => {
      const probe = document.createElement('div');
      probe.style.color = css;
      document.body.append(probe);
      const parts = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g)!.map(Number);
      probe.remove();
      return parts.slice(0, 3);
    };
    const shaded = document.querySelector('.leaflet-provinces-pane path[stroke-dasharray]')!;
    const land = rgb(document.querySelector('.leaflet-land-pane path')!.getAttribute('fill')!);
    const fill = rgb(shaded.getAttribute('fill')!);
    const alpha = Number(shaded.getAttribute('fill-opacity'));
    const drawn = fill.map((c, i) => c * alpha + land[i] * (1 - alpha));
    return { drawn, land, sea: rgb(getComputedStyle(document.querySelector('.leaflet-container')!).backgroundColor) };
  });
}

test('a province shaded for a province-level incident reads as land, not sea', async ({ page }) => {
  // The fixture's province-level incident is of the bluest type (escape / border crossing).
  await page.goto(VIEW);
  await waitForMarkers(page);
  await expect(page.locator('.leaflet-provinces-pane path[stroke-dasharray]')).toHaveCount(1);
  const { drawn, land, sea } = await readShadingColours(page);
  const distance = (a: number[], b: number[]) => Math.hypot(...a.map((c, i) => c - b[i]));
  expect(distance(drawn, land)).toBeLessThan(distance(drawn, sea));
});
