import type { APIResponse } from '@playwright/test';
import { expect, recordDialogs, test, waitForMarkers } from './fixtures';
import { SEEDED_OUTLET as OUTLET, seedIncidentsForSpec } from './seed-helpers';

/** Incidents of its own (under an outlet nothing else uses): expected counts come from its fixture. */
const shown = seedIncidentsForSpec();

test('a hostile query string gives the default view, runs no script and causes no server error', async ({ page }) => {
  const dialogs = recordDialogs(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // Every parameter but the outlet is hostile: the view is the outlet's, with every other filter at its default.
  const hostile = `/?outlet=${OUTLET}&type=${encodeURIComponent('<script>window.__pwned=1;alert(1)</script>')}&from=notadate&to=2024-13-45&map=999/x/y&incident=abc&province=${encodeURIComponent('"><img src=x onerror=alert(2)>')}&by=decade&page=-3`;
  const response = await page.goto(hostile);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('incident-count')).toHaveText(String(shown.length));
  await waitForMarkers(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  // Every filter is back at its default: all types ticked.
  for (const box of await page.getByRole('group', { name: 'Type' }).getByRole('checkbox').all()) await expect(box).toBeChecked();
});

test('a query naming __proto__ before a dashboard key still gives the dashboard, never a 500', async ({ page }) => {
  for (const query of ['__proto__=1&map=1', '__proto__[]=x&type=arrest', 'constructor=1&q=x', 'map=1&__proto__=1']) {
    const response = await page.goto(`/?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByTestId('incident-count')).toBeVisible();
  }
});

test('the API answers malformed parameters with a 400 and a message, never a 500', async ({ request }) => {
  const queries = ['type=<script>', 'from=notadate', 'limit=0', 'limit=abc', 'cursor=-1', 'province=atlantis', 'status=everything', 'unknown=1', 'type=arrest&type=trial', 'from=2024-05&to=2024-01'];
  // Keys that name Object.prototype's own members, and numbers that Number() would read but are not digits.
  queries.push('__proto__=1', 'constructor=1', 'limit=0x10', 'limit=0b11', 'limit=1e3', `limit=${encodeURIComponent(' 5 ')}`);
  for (const query of queries) {
    for (const path of ['/api/incidents', '/api/stats']) {
      const res = await request.get(`${path}?${query}`);
      expect(res.status(), `${path}?${query}`).toBe(400);
      const body = await res.json();
      expect(typeof body.error).toBe('string');
      expect(body.error).not.toContain('<script>');
    }
  }
  const ok = await request.get('/api/incidents?type=arrest,trial&from=2020-01&limit=5');
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.type).toBe('FeatureCollection');
  for (const f of body.features) expect(['arrest', 'trial']).toContain(f.properties.type);
});

test('the incidents API pages with limit and cursor through every match exactly once', async ({ request }) => {
  const types = ['crackdown', 'trial', 'defection'];
  const total = shown.filter((i) => types.includes(i.type)).length;
  expect(total).toBeGreaterThan(4); // more than one page, or the cursor is never used
  const seen: number[] = [];
  let cursor: number | null = null;
  do {
    const query = `outlet=${OUTLET}&type=${types.join(',')}&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
    const res: APIResponse = await request.get(`/api/incidents?${query}`);
    expect(res.status()).toBe(200);
    const page: { features: { id: number }[]; nextCursor: number | null } = await res.json();
    // A full page of 4 whenever another follows: the limit is honoured exactly, not merely never exceeded.
    if (page.nextCursor) expect(page.features).toHaveLength(4);
    seen.push(...page.features.map((f: { id: number }) => f.id));
    cursor = page.nextCursor;
  } while (cursor);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBe(total);
});
