import type { Page, Request } from '@playwright/test';
import { fetchStats } from './api-helpers';
import { expect, test, waitForMarkers } from './fixtures';

/**
 * After the first render the dashboard's widgets fetch their own JSON: a filter change, the chart interval
 * and the map's moves never ask the server to render the page again (no RSC request, no document load),
 * and the Month/Week/Year links are not prefetched.
 */

/** Every request the page makes from now on, by kind. */
function recordRequests(page: Page) {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  const isRsc = (r: Request) => new URL(r.url()).searchParams.has('_rsc') || r.headers()['rsc'] === '1';
  return {
    /** Page loads and React Server Component requests (navigations and prefetches). */
    serverRenders: () => seen.filter((r) => r.resourceType() === 'document' || isRsc(r)).map((r) => r.url()),
    rsc: () => seen.filter(isRsc).map((r) => r.url()),
    api: (path: string) => seen.filter((r) => new URL(r.url()).pathname === path).map((r) => new URL(r.url())),
    clear: () => seen.splice(0),
  };
}

async function openDashboard(page: Page) {
  await page.goto('/');
  await waitForMarkers(page);
  // Let the first viewport's markers request finish before recording.
  await expect(page.getByTestId('map-markers')).toHaveAttribute('aria-busy', 'false');
}

test('a filter change fetches each widget’s JSON and renders nothing on the server; Back and Forward restore it', async ({ page, request }) => {
  const before = await fetchStats(request);
  const [type, removed] = Object.entries(before.byType).sort((a, b) => b[1] - a[1])[0];
  await openDashboard(page);
  const requests = recordRequests(page);

  await page.locator('input[name="type"][value="' + type + '"]').uncheck();
  await expect(page).toHaveURL(/[?&]type=/);
  await expect(page.getByTestId('incident-count')).toHaveText(String(before.total - removed));
  await expect(page.getByTestId('map-markers')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('incident-list')).toHaveAttribute('aria-busy', 'false');

  expect(requests.serverRenders()).toEqual([]);
  const stats = requests.api('/api/stats');
  expect(stats.length).toBeGreaterThan(0);
  expect(stats.every((u) => u.searchParams.get('type')?.split(',').includes(type) === false)).toBe(true);
  expect(requests.api('/api/list').length).toBeGreaterThan(0);
  const markers = requests.api('/api/markers');
  expect(markers.length).toBeGreaterThan(0);
  expect(markers.at(-1)!.searchParams.get('bbox')).toMatch(/^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/);

  // Back and Forward: the earlier views come back, from answers already fetched, still with no server render.
  await page.goBack();
  await expect(page.getByTestId('incident-count')).toHaveText(String(before.total));
  await expect(page.locator('input[name="type"][value="' + type + '"]')).toBeChecked();
  await page.goForward();
  await expect(page.getByTestId('incident-count')).toHaveText(String(before.total - removed));
  await expect(page.locator('input[name="type"][value="' + type + '"]')).not.toBeChecked();
  expect(requests.serverRenders()).toEqual([]);
});

test('switching the chart interval asks only for the stats, and its links are not prefetched', async ({ page }) => {
  const requests = recordRequests(page);
  await openDashboard(page);
  // Nothing has asked the server for another view of the page in the background (no prefetch).
  expect(requests.rsc()).toEqual([]);
  requests.clear();

  const interval = page.getByRole('navigation', { name: /interval/i });
  await interval.getByRole('link', { name: /week/i }).click();
  await expect(page).toHaveURL(/[?&]by=week/);
  await expect(interval.getByRole('link', { name: /week/i })).toHaveAttribute('aria-current', 'true');
  const rows = page.locator('.chart-table tbody th');
  await expect(rows.first()).toHaveText(/^\d{4}-W\d{2}$/);

  expect(requests.serverRenders()).toEqual([]);
  expect(requests.api('/api/stats').map((u) => u.searchParams.get('by'))).toEqual(['week']);
  expect(requests.api('/api/list')).toEqual([]);
  expect(requests.api('/api/markers')).toEqual([]);
});

test('the map asks for markers by viewport and zoom, and a group marker zooms to its bounds from the keyboard', async ({ page }) => {
  await openDashboard(page);
  const requests = recordRequests(page);
  const zoomOf = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0] ?? NaN);

  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(() => requests.api('/api/markers').length).toBeGreaterThan(0);
  const zoom = zoomOf();
  expect(requests.api('/api/markers').at(-1)!.searchParams.get('zoom')).toBe(String(zoom));

  // One step at a time: Leaflet counts a zoom-out from the zoom it is leaving, so a second click during the
  // first one's animation lands on the same level.
  for (const step of [1, 2]) {
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await expect.poll(zoomOf).toBe(zoom - step);
  }
  // The markers of the last zoom: its request leaves a moment after the move (the map lets a zoom settle),
  // so "not busy" alone may still be the previous zoom's markers, replaced while the rings below are read.
  await expect.poll(() => requests.api('/api/markers').at(-1)?.searchParams.get('zoom')).toBe(String(zoom - 2));
  await expect(page.getByTestId('map-markers')).toHaveAttribute('aria-busy', 'false');
  // The biggest group drawn (a server cell or a cluster of places): its places part when zoomed in.
  const rings = page.locator('.leaflet-marker-icon', { hasText: /incidents (in this area|nearby)/ });
  await expect(rings.first()).toBeAttached();
  const counts = await rings.evaluateAll((els) =>
    els.map((el) => Number(/(\d+) incidents/.exec(el.querySelector('span > span:not([aria-hidden])')?.textContent ?? '')?.[1] ?? 0)),
  );
  const area = rings.nth(counts.indexOf(Math.max(...counts)));
  // From the keyboard (markers are buttons): a pointer click may land on a neighbour or the zoom control.
  await area.focus();
  await page.keyboard.press('Enter');
  await expect.poll(zoomOf).toBeGreaterThan(zoom - 2);
  expect(requests.serverRenders()).toEqual([]);
});

test('the first markers are asked for once and drawn before the charts', async ({ page }) => {
  // In the page from its first script: each markers request, and the order in which the markers and the
  // timeline first appear. (Whether the request leaves before Leaflet is up is a race on a fast machine with
  // little data; the viewport it is sent for is tests/unit/map/estimate-viewport.test.ts's business.)
  await page.addInitScript(() => {
    const order: string[] = [];
    (window as unknown as { drawOrder: string[] }).drawOrder = order;
    const send = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/api/markers')) order.push('markers asked');
      return send(input, init);
    };
    const firsts: [string, string][] = [
      ['markers drawn', '.leaflet-marker-icon > span > span:not([aria-hidden])'],
      ['timeline drawn', '[data-testid="timeline-chart"] svg.recharts-surface'],
    ];
    new MutationObserver(() => {
      for (const [name, selector] of firsts) if (!order.includes(name) && document.querySelector(selector)) order.push(name);
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/');
  await expect(page.getByTestId('timeline-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('map-markers')).toHaveAttribute('aria-busy', 'false');
  // Once: the map, when up, reports the viewport the first request was sent for, and asks nothing more.
  expect(await page.evaluate(() => (window as unknown as { drawOrder: string[] }).drawOrder)).toEqual([
    'markers asked',
    'markers drawn',
    'timeline drawn',
  ]);
});
