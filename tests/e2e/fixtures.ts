import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test runs offline: a request to any host but localhost is aborted and recorded, so a test can also
 * check that the page never tried to reach one.
 */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: async ({ context }, provide) => {
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue();
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await provide(blocked);
  },
});

export { expect };

/** Dismisses every alert, confirm or prompt the page opens, and keeps its message: a test expects none. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/** The number the page says matches. */
export async function readCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('incident-count').textContent());
}

/** Waits until Leaflet has drawn the markers (and clusters) for the current view. */
export async function waitForMarkers(page: Page) {
  await expect(page.locator(INCIDENT_ICON_LABELS).first()).toBeAttached();
}

/** The screen-reader text inside incident markers and clusters (province name labels have none). */
const INCIDENT_ICON_LABELS = '.leaflet-marker-icon > span > span:not([aria-hidden])';


/**
 * How many incidents the drawn markers and clusters stand for, read from each icon's screen-reader text
 * ("Arrest / detention: 3 incidents in …", "5 incidents in this area …").
 */
export async function countIncidentsOnMap(page: Page): Promise<number> {
  const labels = await page.locator(INCIDENT_ICON_LABELS).allTextContents();
  return labels.reduce((sum, text) => sum + Number(/(\d+) incidents?\b/.exec(text)?.[1] ?? 0), 0);
}
