import type { Browser } from '@playwright/test';

/**
 * One first visit to the dashboard, traced on the page's own clock (ms since navigation start): when each
 * request (document, scripts, styles, the widgets' JSON) started and ended, from Resource Timing, and when
 * the count, Leaflet's container, the first incident marker and the charts appeared, from a MutationObserver
 * installed before any of the page's code runs. For `npm run bench:browser -- --trace` (figures, never asserted).
 */
export type FirstPaintTrace = {
  requests: { name: string; kind: string; start: number; end: number; bytes: number }[];
  marks: Record<string, number>;
  longTasks: { start: number; duration: number }[];
};

/**
 * Runs in the page before its scripts: records the first time each milestone's element is in the DOM.
 * A string, not a function: tsx's transform would add helpers (`__name`) that the page does not have.
 */
const WATCH_MILESTONES = `(() => {
  const marks = {};
  const longTasks = [];
  const milestones = {
    count: '[data-testid="incident-count"]',
    leaflet: '.leaflet-container',
    marker: MARKER_SELECTOR,
    charts: '[data-testid$="-chart"] svg.recharts-surface',
  };
  const check = () => {
    for (const [name, selector] of Object.entries(milestones)) {
      if (marks[name] === undefined && document.querySelector(selector)) marks[name] = performance.now();
    }
    const map = document.querySelector('[data-testid="map-markers"]');
    if (marks.marker !== undefined && marks.markersIdle === undefined && map && map.getAttribute('aria-busy') !== 'true') {
      marks.markersIdle = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => { marks.domContentLoaded = performance.now(); });
  window.__firstPaint = { marks, longTasks };
})();`;

/** Traces one visit of `url` in a fresh context; resolves once the first markers are drawn and the charts are up. */
export async function traceFirstPaint(browser: Browser, url: string, marker: string): Promise<FirstPaintTrace> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: WATCH_MILESTONES.replace('MARKER_SELECTOR', JSON.stringify(marker)) });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => {
      const fp = (window as unknown as { __firstPaint?: { marks: Record<string, number> } }).__firstPaint;
      return fp?.marks.markersIdle !== undefined && fp.marks.charts !== undefined;
    }, null, { timeout: 120_000, polling: 50 });
    return await page.evaluate(() => {
      const fp = (window as unknown as { __firstPaint: Omit<FirstPaintTrace, 'requests'> }).__firstPaint;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const requests = [nav, ...resources].map((e) => ({
        name: e.name.replace(location.origin, ''),
        kind: e.initiatorType,
        start: e.startTime,
        end: e.responseEnd,
        bytes: e.encodedBodySize,
      }));
      return { requests, marks: { ...fp.marks, requestStart: nav.requestStart, responseStart: nav.responseStart }, longTasks: fp.longTasks };
    });
  } finally {
    await context.close();
  }
}

/** The trace as lines of text: requests by start time, then the milestones, then the long tasks. */
export function formatTrace({ requests, marks, longTasks }: FirstPaintTrace): string {
  const f = (n: number | undefined) => (n === undefined ? '     —' : n.toFixed(0).padStart(6));
  const lines = ['  start     end     KiB  request'];
  for (const r of [...requests].sort((a, b) => a.start - b.start)) {
    lines.push(`${f(r.start)}  ${f(r.end)}  ${(r.bytes / 1024).toFixed(1).padStart(6)}  ${r.kind.padEnd(6)} ${r.name.slice(0, 90)}`);
  }
  lines.push('  milestones (ms): ' + Object.entries(marks).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
  const busy = longTasks.filter((t) => t.duration >= 50).map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`);
  lines.push(`  long tasks (start+ms): ${busy.join(' ')}`);
  return lines.join('\n');
}
