import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedIncidentsForSpec } from './seed-helpers';

/**
 * The timeline on data of its own: ten years of incidents dated to the day, the month and the year, under
 * an outlet no other data uses. Expectations are counted from the fixture file here.
 */
const FIXTURE = 'tests/fixtures/e2e/timeline-incidents.json';
const OUTLET = 'atlas-test-timeline';
const incidents = seedIncidentsForSpec(FIXTURE, OUTLET);
const precisionOf = (date: string) => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');

const timeline = (page: Page) => page.locator('section[aria-labelledby="timeline-title"]');

/** The chart's table view as [label, count] rows, leaving out the empty periods. */
async function readTable(page: Page): Promise<[string, number][]> {
  await timeline(page).getByText('Show as table').click();
  const rows = await timeline(page).locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), Number(tr.querySelector('td')!.textContent)] as [string, number]),
  );
  return rows.filter(([, n]) => n > 0);
}

async function waitForBars(chart: Locator) {
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeAttached();
}

test('a year-only date is a hatched band over its year, not a January bar; said in the legend and the table', async ({ page }) => {
  await page.goto(`/?outlet=${OUTLET}`);
  const chart = page.getByTestId('timeline-chart');
  await waitForBars(chart);
  const years = incidents.filter((i) => precisionOf(i.date!) === 'year');
  const year = years[0].date!;
  const bands = chart.locator('.recharts-reference-area');
  await expect(bands).toHaveCount(new Set(years.map((i) => i.date)).size);
  await expect(chart.getByText(`${years.length} incidents sometime in ${year}`)).toBeAttached();
  await expect(page.getByTestId('coarse-legend')).toContainText('known only to the year');

  const monthly = new Map<string, number>();
  for (const i of incidents.filter((x) => precisionOf(x.date!) !== 'year')) monthly.set(i.date!.slice(0, 7), (monthly.get(i.date!.slice(0, 7)) ?? 0) + 1);
  expect(await readTable(page)).toEqual([
    ...[...monthly].sort(([a], [b]) => a.localeCompare(b)),
    [`${years.length} incidents sometime in ${year}`, years.length],
  ]);
  // January holds only what is dated within January.
  expect(monthly.get(`${year}-01`)).toBe(incidents.filter((i) => i.date!.startsWith(`${year}-01`)).length);
});

const WEEKLY = `/?outlet=${OUTLET}&by=week&from=2020-06`; // about four years of weeks

test('weekly bars stay readable over years, and month-only dates become bands too', async ({ page }) => {
  await page.goto(WEEKLY);
  const chart = page.getByTestId('timeline-chart');
  await waitForBars(chart);
  const inRange = incidents.filter((i) => i.date! >= '2020-06');
  await expect(chart.locator('.recharts-reference-area')).toHaveCount(new Set(inRange.filter((i) => precisionOf(i.date!) !== 'day').map((i) => i.date)).size);
  const widths = await chart.locator('.recharts-bar-rectangle path').evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().width));
  expect(widths.length).toBe(inRange.filter((i) => precisionOf(i.date!) === 'day').length);
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(4);
  // Wider than the panel: the chart scrolls sideways rather than thinning the bars.
  expect(await chart.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(page.getByTestId('interval-coarsened')).toHaveCount(0);
});

test('over ten years the weekly chart switches to months, and says so', async ({ page }) => {
  await page.goto(`/?outlet=${OUTLET}&by=week`);
  const chart = page.getByTestId('timeline-chart');
  await waitForBars(chart);
  await expect(page.getByTestId('interval-coarsened')).toHaveText(/Too many weeks .* the chart shows months/);
  // Bars are months now: a year-only date is the only band, and every dated day has its bar.
  await expect(chart.locator('.recharts-reference-area')).toHaveCount(new Set(incidents.filter((i) => precisionOf(i.date!) === 'year').map((i) => i.date)).size);
  const table = await readTable(page);
  expect(table.map(([label]) => label)).toContain(incidents.find((i) => precisionOf(i.date!) === 'day')!.date!.slice(0, 7));
  const widths = await chart.locator('.recharts-bar-rectangle path').evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().width));
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(4);

  await page.goto(`/?outlet=${OUTLET}&by=year`);
  await waitForBars(chart);
  await expect(chart.locator('.recharts-reference-area')).toHaveCount(0);
  await expect(page.getByTestId('interval-coarsened')).toHaveCount(0);
});

/**
 * Where the first x-axis label is drawn, against the y axis's line and its labels. Recharts 3 draws tick labels
 * in their own layer (`.recharts-xAxis-tick-labels`), apart from the axis's line.
 */
async function measureFirstLabel(chart: Locator) {
  return chart.evaluate((el) => {
    const box = (selector: string) => {
      const found = el.querySelector(selector);
      if (!found) throw new Error(`timeline: nothing matches ${selector}`);
      return found.getBoundingClientRect();
    };
    const axis = box('.recharts-yAxis .recharts-cartesian-axis-line');
    const first = box('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    const yLabels = [...el.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((e) => e.getBoundingClientRect());
    const overlaps = yLabels.some((r) => r.right > first.left && r.left < first.right && r.bottom > first.top && r.top < first.bottom);
    return { gap: first.left - axis.right, yLabels: yLabels.length, overlaps };
  });
}

test('the first date label on the timeline sits clear of the y axis', async ({ page }) => {
  for (const url of [`/?outlet=${OUTLET}`, WEEKLY]) {
    await page.goto(url);
    const chart = page.getByTestId('timeline-chart');
    await waitForBars(chart);
    const { gap, yLabels, overlaps } = await measureFirstLabel(chart);
    expect(yLabels, url).toBeGreaterThan(1);
    expect(gap, url).toBeGreaterThan(1);
    expect(overlaps, url).toBe(false);
  }
});
