// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateViewport } from '@/components/map/estimate-viewport';
import { toMarkersUrl } from '@/lib/url/widget-urls';
import { DEFAULT_STATE } from '@/lib/url/dashboard-state';

/** The viewport a Leaflet map reports in a container of the given size (jsdom does no layout, so the size is set by hand). */
async function leafletViewport(view: { lat: number; lon: number; zoom: number }, width: number, height: number) {
  const L = (await import('leaflet')).default;
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientWidth', { value: width });
  Object.defineProperty(el, 'clientHeight', { value: height });
  document.body.append(el);
  const map = L.map(el, { zoomControl: false }).setView([view.lat, view.lon], view.zoom);
  // What the dashboard's map reports (BoundsWatch), read from Leaflet itself.
  const { readViewport } = await import('@/components/map/bounds-watch');
  const viewport = readViewport(map);
  map.remove();
  el.remove();
  return viewport;
}

describe('estimateViewport', () => {
  it('gives the markers URL Leaflet itself would ask for, so the early request is the one the map needs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 30, max: 48, noNaN: true }),
        fc.double({ min: 110, max: 140, noNaN: true }),
        fc.integer({ min: 4, max: 12 }),
        fc.integer({ min: 200, max: 2400 }),
        fc.integer({ min: 200, max: 900 }),
        async (lat, lon, zoom, width, height) => {
          const view = { lat, lon, zoom };
          const ours = estimateViewport(view, width, height);
          const leaflet = await leafletViewport(view, width, height);
          expect(toMarkersUrl(DEFAULT_STATE, ours.bbox, ours.zoom)).toBe(toMarkersUrl(DEFAULT_STATE, leaflet.bbox, leaflet.zoom));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('covers a wider map with a wider box', () => {
    const view = { lat: 40.3, lon: 127.5, zoom: 6 };
    const narrow = estimateViewport(view, 400, 480).bbox;
    const wide = estimateViewport(view, 1200, 480).bbox;
    expect(wide[0]).toBeLessThan(narrow[0]);
    expect(wide[2]).toBeGreaterThan(narrow[2]);
    expect(wide[1]).toBeCloseTo(narrow[1], 6);
  });
});
