import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const read = (lang: string) => flatten(JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Messages);

test('the Korean messages have exactly the English keys, each translated', () => {
  const en = read('en');
  const ko = read('ko');
  expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
  // Format names stay as they are; every other label is in Korean.
  const sameInBoth = new Set(['Share.csv', 'Share.geojson']);
  for (const [key, value] of ko) {
    expect(value.trim(), key).not.toBe('');
    if (!sameInBoth.has(key)) expect(/[\uac00-\ud7a3]/.test(value), `${key} has no Hangul: ${value}`).toBe(true);
  }
});

test('lang=ko renders the dashboard in Korean, and a filter change keeps lang in the URL', async ({ page }) => {
  await page.goto('/?lang=ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { name: '지도', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: '지도 범례' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Map', exact: true })).toHaveCount(0);
  await page.getByRole('checkbox', { name: /체포 \/ 구금/ }).uncheck();
  await expect(page).toHaveURL(/lang=ko/);
  await expect(page.getByRole('heading', { name: '시기별 사건' })).toBeVisible();
});

test('the switch changes the language and puts it in the URL', async ({ page }) => {
  await page.goto('/?type=arrest&lang=en');
  await expect(page.getByRole('heading', { name: 'Map', exact: true })).toBeVisible();
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(/type=arrest.*lang=ko/);
  await expect(page.getByRole('heading', { name: '지도', exact: true })).toBeVisible();
});

test.describe('with a Korean browser', () => {
  test.use({ locale: 'ko-KR' });
  test('the browser preference picks Korean when the link names no language', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
