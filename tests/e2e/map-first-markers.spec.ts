import { expect, test, waitForMarkers } from './fixtures';

/**
 * The dashboard's first markers request does not wait for Leaflet: it is sent for the viewport the map will
 * have (estimated from the placeholder's size) while the map's code still downloads, so the answer and the
 * map arrive side by side instead of one after the other.
 *
 * Proven without timing: the script that holds Leaflet is kept back until the markers request has been seen.
 * Were that request sent only once Leaflet is up, neither would ever come and the test would time out.
 */
test('the first markers request leaves while the map code is held back, and its markers are then drawn', async ({ page }) => {
  let markersRequested!: () => void;
  const seen = new Promise<void>((resolve) => (markersRequested = resolve));
  const markerUrls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/api/markers') return;
    markerUrls.push(request.url());
    markersRequested();
  });
  const held: string[] = [];
  let leafletInDomAtRequest: boolean | null = null;
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    // Leaflet's own code names the container class it creates; no other script does.
    if (body.includes('leaflet-container')) {
      held.push(route.request().url());
      await seen;
      leafletInDomAtRequest = await page.locator('.leaflet-container').count().then((n) => n > 0);
    }
    await route.fulfill({ response, body });
  });

  await page.goto('/');
  await waitForMarkers(page);
  await expect(page.getByTestId('map-markers')).toHaveAttribute('aria-busy', 'false');

  expect(held.length, 'a script with Leaflet in it was found and held').toBeGreaterThan(0);
  expect(leafletInDomAtRequest).toBe(false);
  // The first request is for the view the map opens at (the default zoom, North Korea inside its box).
  const first = new URL(markerUrls[0]);
  expect(first.searchParams.get('zoom')).toBe('6');
  const [west, south, east, north] = first.searchParams.get('bbox')!.split(',').map(Number);
  expect(west).toBeLessThan(124.5);
  expect(east).toBeGreaterThan(130.5);
  expect(south).toBeLessThan(38);
  expect(north).toBeGreaterThan(42.5);
  expect(Number(await page.getByTestId('map-markers').getAttribute('data-marker-count'))).toBeGreaterThan(0);

  // Scripts the page asks for later (the charts') may still be in the route: let them go, not fail the next test.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
