import { expect, test } from './fixtures';
import { addAccounts, signedInContext } from './auth-helpers';
import { findIncidents } from './review-helpers';

test.describe.configure({ timeout: 300_000 });

// Our own words; the script tag must stay text.
const ARTICLE = `Zelkova street phone seller arrested in Musan
June 6, 2025

Police in Musan arrested a phone seller near Zelkova street on June 3 for carrying Chinese phones across the river <script>window.__pwned=1</script>, a source in North Hamgyong Province said.

The source added that the man is being held at the county office.`;

test('an editor pastes an article, sees the extraction, fixes a summary and saves it once', async ({ browser, baseURL, request }) => {
  const [editor] = addAccounts(['editor']);
  const context = await signedInContext(browser, baseURL!, editor);
  const page = await context.newPage();
  await page.goto('/review/paste');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Outlet').fill('Test Outlet');
  await page.getByRole('button', { name: 'Preview the extraction' }).click();
  const preview = page.getByTestId('paste-preview');
  await expect(preview.getByRole('heading')).toHaveText('Zelkova street phone seller arrested in Musan');
  expect(await findIncidents(request, 'q=zelkova')).toHaveLength(0); // nothing saved yet
  const first = preview.getByTestId('paste-incident').first();
  await expect(first).toContainText('Musan');
  await first.getByLabel('Summary of incident 1').fill('Police in Musan held a phone seller from Zelkova street.');
  await page.getByRole('button', { name: 'Save article and kept incidents' }).click();
  await expect(page.getByTestId('paste-message')).toContainText('Saved the article');
  await page.getByRole('button', { name: 'Save article and kept incidents' }).click();
  await expect(page.getByTestId('paste-message')).toContainText('already stored');

  const saved = await findIncidents(request, 'q=zelkova');
  expect(saved.length).toBeGreaterThan(0);
  const fixed = saved.find((f) => (f.properties as { summary?: string }).summary === 'Police in Musan held a phone seller from Zelkova street.');
  expect(fixed?.properties.status).toBe('reviewed');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await context.close();
});

test('an editor adds an incident by hand with a new citation; it is reviewed and its creator recorded', async ({ browser, baseURL, request }) => {
  const [editor] = addAccounts(['editor']);
  const context = await signedInContext(browser, baseURL!, editor);
  const page = await context.newPage();
  await page.goto('/review/add');
  await page.getByLabel('Summary').fill('A hand-entered Quillwort trial in Chongjin.');
  await page.getByLabel('Type').selectOption('trial');
  await page.getByLabel('Date').fill('2025-04-02');
  await page.getByLabel('Search places').fill('Chongjin');
  await page.getByRole('button', { name: /^Chongjin/ }).first().click();
  await expect(page.getByTestId('picked-place')).toContainText('Chongjin');
  await page.getByLabel('A new citation').check();
  await page.getByLabel('Outlet').fill('Hand Outlet');
  await page.getByLabel('Title').fill('Quillwort court report');
  await page.getByRole('button', { name: 'Add incident' }).click();
  await expect(page.getByTestId('add-message')).toContainText('Added incident #');
  const [added] = await findIncidents(request, 'q=quillwort');
  expect(added.properties).toMatchObject({ type: 'trial', status: 'reviewed' });
  await page.goto(`/incidents/${added.id}`);
  await expect(page.getByTestId('review-state')).toContainText(`Reviewed by ${editor.email}`);
  await expect(page.getByTestId('history-entry').filter({ hasText: 'added by hand' }).first()).toBeVisible();
  await context.close();
});
