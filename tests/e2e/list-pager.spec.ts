import { expect, test } from './fixtures';

/**
 * The list's pager pages by keyset: "Older" asks /api/list for the rows after the last one shown
 * (`after=<date>_<id>`), "Newer" for those before the first, and the URL keeps the page number for readers.
 */
test('Older and Newer page the list through cursors, and come back to the same first page', async ({ page }) => {
  await page.goto('/');
  const list = page.getByTestId('incident-list');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  const ids = () => list.locator('[data-incident-id]').evaluateAll((links) => links.map((a) => a.getAttribute('data-incident-id')));
  const first = await ids();
  expect(first).toHaveLength(20);

  const listRequest = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/list');
  await page.locator('nav.pager a[rel="next"]').click();
  const asked = new URL((await listRequest).url());
  // The cursor names the last row of page 1.
  expect(asked.searchParams.get('after')).toMatch(new RegExp(`^(\\d{4}-\\d{2}-\\d{2})?_${first[first.length - 1]}$`));
  await expect(page).toHaveURL(/[?&]page=2&after=[\d-]*_\d+/);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect.poll(ids).not.toEqual(first);
  const second = await ids();
  expect(second.filter((id) => first.includes(id))).toEqual([]);

  await page.locator('nav.pager a[rel="prev"]').click();
  await expect(page).not.toHaveURL(/page=|after=|before=/);
  await expect.poll(ids).toEqual(first);
});
