import { expect, test, waitForMarkers } from './fixtures';

type Seen = { reactRoot: boolean; formHydrated: boolean; url: string };
type Probe = { firstMarkers?: Seen; scriptsBeforeReact: string[] };

/**
 * The map's code and its first markers are asked for before React hydrates the dashboard at all
 * (instrumentation-client.ts with components/map/map-head-start.ts), not once hydration has begun.
 *
 * Proven without timing, in the page itself: at the moment the first markers request is sent, React must not
 * yet have taken the document as its root (it marks the document with a handle when hydration starts), so
 * the filter form, which comes before the map, carries no handle of its own either; and the script holding
 * Leaflet must be asked for before React takes the document too.
 */
test('the map code and the first markers request leave before React hydrates the page', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Probe;
    w.scriptsBeforeReact = [];
    new MutationObserver((changes) => {
      const reactRoot = Object.keys(document).some((key) => key.startsWith('__reactContainer'));
      for (const change of changes)
        for (const node of change.addedNodes) if (node instanceof HTMLScriptElement && node.src && !reactRoot) w.scriptsBeforeReact.push(node.src);
    }).observe(document, { subtree: true, childList: true });
    const send = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/api/markers') && !w.firstMarkers) {
        const form = document.querySelector('form[role="search"]');
        w.firstMarkers = {
          url,
          reactRoot: Object.keys(document).some((key) => key.startsWith('__reactContainer')),
          formHydrated: form !== null && Object.keys(form).some((key) => key.startsWith('__reactFiber')),
        };
      }
      return send(input, init);
    };
  });
  const leaflet: string[] = [];
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    // Leaflet's own code names the container class it creates; no other script does.
    if (body.includes('leaflet-container')) leaflet.push(route.request().url());
    await route.fulfill({ response, body });
  });
  const markerRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/markers') markerRequests.push(r.url());
  });

  await page.goto('/');
  await waitForMarkers(page);
  await expect(page.getByTestId('map-markers')).toHaveAttribute('aria-busy', 'false');
  // Hydrated in the end: the handle the check looks for is there.
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('form[role="search"]')!).some((k) => k.startsWith('__reactFiber')))).toBe(true);

  const { firstMarkers: seen, scriptsBeforeReact } = await page.evaluate(() => {
    const w = window as unknown as Probe;
    return { firstMarkers: w.firstMarkers, scriptsBeforeReact: w.scriptsBeforeReact };
  });
  expect(seen, 'the page asked for markers').toBeDefined();
  expect(seen!.reactRoot, 'React had not yet begun to hydrate').toBe(false);
  expect(seen!.formHydrated).toBe(false);
  expect(leaflet.length, 'a script with Leaflet in it was found').toBeGreaterThan(0);
  expect(scriptsBeforeReact).toContain(leaflet[0]);
  // One request: the map, once up, takes the view the early request was made for and asks nothing more.
  expect(markerRequests).toHaveLength(1);
  expect(Number(await page.getByTestId('map-markers').getAttribute('data-marker-count'))).toBeGreaterThan(0);

  // Scripts the page asks for later (the charts') may still be in the route: let them go, not fail the next test.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
