import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { seedIncidentsForSpec } from './seed-helpers';
import { INCIDENT_TYPES, TYPE_COLORS } from '@/lib/taxonomy';
import { MAX_BAR_SEGMENTS } from '@/components/charts/timeline-shape';

/**
 * The timeline past MAX_BAR_SEGMENTS: every type in every month of two years (and one date known only to a
 * year), written here so the expectations come from the same numbers. It is drawn as stacked steps, one
 * path per type, and keeps what the bars promise: taxonomy order and colours, the hatched band, the
 * tooltip, keyboard focus, clicking to narrow, and the table.
 */
const OUTLET = 'atlas-test-dense-timeline';
const FIXTURE = 'tests/.tmp/dense-timeline-incidents.json';
const MONTHS = Array.from({ length: 20 }, (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const place = { placeName: 'Hyesan', admin1: 'Ryanggang', country: 'KP', lat: 41.4, lon: 128.18, locationPrecision: 'city' };
const record = (type: string, date: string, datePrecision: string) => ({
  type, tags: [], status: 'auto', confidence: 0.8, actors: [], summary: `Test record: ${type} on ${date}.`, date, datePrecision, ...place,
});
const dated = MONTHS.flatMap((month, m) => INCIDENT_TYPES.slice(0, m % 3 === 0 ? 9 : 8).map((type) => record(type, `${month}-15`, 'day')));
mkdirSync('tests/.tmp', { recursive: true });
writeFileSync(FIXTURE, JSON.stringify({
  note: 'Written by tests/e2e/timeline-dense.spec.ts; not from any report.',
  articles: [{ key: 'dense-1', outlet: 'Atlas Test Dense Timeline', title: 'Test timeline: many segments', publishedAt: '2012-01-01',
    incidents: [...dated, record('trial', '2010', 'year')] }],
}));
seedIncidentsForSpec(FIXTURE, OUTLET);
const typeNames = (JSON.parse(readFileSync('messages/en.json', 'utf8')) as { Types: Record<string, string> }).Types;

test('past the bar cap the timeline is stacked steps that keep the legend, band, tooltip and clicks', async ({ page }) => {
  expect(dated.length).toBeGreaterThan(MAX_BAR_SEGMENTS);
  await page.goto(`/?outlet=${OUTLET}&by=month`);
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('data-shape', 'steps');
  // One path per type, in the taxonomy's order and colours, instead of a rectangle per period and type.
  const areas = chart.locator('.recharts-area-area');
  await expect(areas).toHaveCount(INCIDENT_TYPES.length);
  expect(await areas.evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')))).toEqual(INCIDENT_TYPES.map((t) => TYPE_COLORS[t]));
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(0);
  await expect(chart.locator('.recharts-legend-item-text')).toHaveText(INCIDENT_TYPES.map((t) => typeNames[t]));
  // The year-only date is a hatched band, as with bars; the chart fits the panel.
  await expect(chart.locator('.recharts-reference-area')).toHaveCount(1);
  await expect(chart.getByText('1 incident sometime in 2010')).toBeAttached();
  expect(await chart.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  // The tooltip names the period under the pointer and its count per type; the keyboard reaches it too.
  const surface = chart.locator('.recharts-wrapper > svg.recharts-surface');
  await surface.scrollIntoViewIfNeeded();
  let box = (await surface.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  const tooltip = chart.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText(new RegExp(`${MONTHS.join('|')}`));
  await expect(tooltip).toContainText(`${typeNames.arrest} : 1`);
  await page.mouse.move(0, 0);
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText(MONTHS[1]);
  await page.keyboard.press('ArrowLeft');
  await expect(tooltip).toContainText(`${MONTHS[0]}${typeNames.arrest} : 1`);

  // The table lists every month and the band, with their counts.
  await page.locator('section[aria-labelledby="timeline-title"]').getByText('Show as table').click();
  const rows = page.locator('section[aria-labelledby="timeline-title"] tbody tr');
  await expect(rows).toHaveCount(MONTHS.length + 1);
  await expect(rows.first()).toContainText(`${MONTHS[0]}${INCIDENT_TYPES.length}`);

  // Clicking a step narrows the view to its month.
  await surface.scrollIntoViewIfNeeded();
  box = (await surface.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  await expect(tooltip).toContainText(/^2011-\d\d/);
  const month = (await tooltip.textContent())!.slice(0, 7);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`[?&]from=${month}(&|$)`));
  expect(new URL(page.url()).searchParams.get('to')).toBe(month);
});
