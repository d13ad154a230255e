import { addAccounts, signedInApi } from './auth-helpers';
import { expect, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

test('the review queue works on a phone: nothing is wider than the screen, and a tap approves the current item', async ({ browser, baseURL }) => {
  const [editor] = addAccounts(['editor']);
  const api = await signedInApi(baseURL!, editor);
  const context = await browser.newContext({ baseURL, storageState: await api.storageState(), viewport: PHONE, isMobile: true, hasTouch: true });
  await api.dispose();
  const page = await context.newPage();

  await page.goto('/review');
  const current = page.getByTestId('queue-current');
  await expect(current).toBeVisible();
  const left = Number(await page.getByTestId('queue-left').textContent());
  expect(left, 'the demo data leaves machine incidents to review').toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scrolling').toBeLessThanOrEqual(0);

  const id = await current.getAttribute('data-incident-id');
  const approve = current.getByRole('button', { name: /^Approve/ });
  await approve.scrollIntoViewIfNeeded();
  const box = (await approve.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  expect(box.height, 'a finger-sized target').toBeGreaterThanOrEqual(32);

  await approve.tap();
  await expect(page.getByTestId('queue-message')).toContainText(`#${id} approved`);
  await expect(page.getByTestId('queue-left')).toHaveText(String(left - 1));
  await context.close();
});
