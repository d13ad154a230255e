import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fetchIncidents } from './api-helpers';
import { addAccount, signedInContext } from './auth-helpers';
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

/**
 * The English phrases of messages/en.json (placeholders and tags cut out, fragments of two words or more):
 * if one shows on a Korean page, a label there was written in English instead of looked up.
 */
function englishPhrases(): string[] {
  const ko = new Set(read('ko').values());
  const phrases = new Set<string>();
  for (const value of read('en').values()) {
    if (ko.has(value)) continue;
    for (const part of value.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<[^>]+>/)) {
      const phrase = part.replace(/\s+/g, ' ').trim();
      if ((phrase.match(/[A-Za-z]{2,}/g) ?? []).length >= 2 && phrase !== 'Incident Atlas') phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** What a Korean reader sees on the page, without what stays as written: summaries, article text, titles. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    const kept = '.incident-summary, .incident-row-summary, .queue-row-summary, .evidence, .article-text, .sources, .history-list, select[name="articleId"], script, style, code';
    for (const el of copy.querySelectorAll(kept)) el.remove();
    return copy.innerText || copy.textContent || '';
  });
}

async function expectNoEnglish(page: Page, path: string, phrases: string[]) {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=ko`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.waitForLoadState('networkidle');
  const text = await visibleText(page);
  expect(phrases.filter((phrase) => text.includes(phrase)), path).toEqual([]);
}

test('no English label shows on any Korean page: dashboard, permalink, embed, sign-in, 404, review, add, paste, admin', async ({ page, browser, baseURL, request }) => {
  const phrases = englishPhrases();
  expect(phrases.length).toBeGreaterThan(50);
  const [first] = (await fetchIncidents(request)).features;
  for (const path of ['/', `/?incident=${first.id}`, `/incidents/${first.id}`, '/embed', '/sign-in', '/no-such-page']) await expectNoEnglish(page, path, phrases);
  const admin = await signedInContext(browser, baseURL!, addAccount('admin', 'i18n'));
  const signedIn = await admin.newPage();
  for (const path of ['/review', '/review/add', '/review/paste', '/admin']) await expectNoEnglish(signedIn, path, phrases);
  await admin.close();
});
