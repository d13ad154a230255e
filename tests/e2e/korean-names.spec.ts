import type { APIRequestContext } from '@playwright/test';
import { fetchIncidents } from './api-helpers';
import { expect, readCount, test } from './fixtures';

/** Ids of the incidents whose stored place is Hoeryong or somewhere named after it, read from the API's fields. */
async function hoeryongIds(request: APIRequestContext): Promise<number[]> {
  const { features } = await fetchIncidents(request);
  return features.filter((f) => String(f.properties.placeName ?? '').includes('Hoeryong')).map((f) => f.id).sort();
}

async function searchIds(request: APIRequestContext, q: string): Promise<number[]> {
  const { features } = await fetchIncidents(request, `q=${encodeURIComponent(q)}`);
  return features.map((f) => f.id).sort();
}

test('회령, Hoeryeong and the parent province find the Hoeryong incidents', async ({ request }) => {
  const expected = await hoeryongIds(request);
  expect(expected.length).toBeGreaterThan(0);
  for (const q of ['회령', 'Hoeryeong', 'hoeryong']) expect(await searchIds(request, q), q).toEqual(expected);
  for (const q of ['North Hamgyong', '함경북도']) expect(await searchIds(request, q), q).toEqual(expect.arrayContaining(expected));
});

test('the dashboard search box finds them by Hangul, and places show their Korean names', async ({ page, request }) => {
  const expected = await hoeryongIds(request);
  await page.goto('/');
  const search = page.getByRole('searchbox').first();
  await search.fill('회령');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=%ED%9A%8C%EB%A0%B9|q=회령/);
  await expect.poll(() => readCount(page)).toBe(expected.length);
  await expect(page.getByText('Hoeryong (회령)').first()).toBeVisible();
  // A marker of one place (its screen-reader text, tooltip and popup heading) names it in both scripts too.
  // (Hoeryong's incidents share a cell with a village nearby even at the closest zoom, so Sukchon stands in.)
  await page.goto('/?q=Sukchon');
  await expect(page.locator('.leaflet-marker-icon > span > span:not([aria-hidden])', { hasText: /Sukchon County \(숙천/ }).first()).toBeAttached();

  await page.goto(`/incidents/${expected[0]}`);
  await expect(page.getByTestId('incident-detail')).toContainText('(회령)');
});
