import type { Page } from '@playwright/test';
import { expect, test, waitForMarkers } from './fixtures';


/** How wide the search box's placeholder is drawn, and how much room the box gives it. */
async function measurePlaceholder(page: Page) {
  return page.getByRole('searchbox', { name: 'Search' }).evaluate((el) => {
    const input = el as HTMLInputElement;
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: input.placeholder, width: context.measureText(input.placeholder).width, room };
  });
}

test('the search placeholder fits its box, on a laptop and on a phone', async ({ browser }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /^Filters/ });
    if (await toggle.isVisible()) await toggle.click();
    const { text, width, room } = await measurePlaceholder(page);
    expect(text.length).toBeGreaterThan(0);
    expect(width, `"${text}" at ${viewport.width} px`).toBeLessThanOrEqual(room);
    await context.close();
  }
});

test('the filter sidebar stays in view while the page scrolls', async ({ page }) => {
  await page.goto('/');
  const aside = page.getByRole('complementary', { name: 'Filters' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
  await expect(aside.getByRole('searchbox', { name: 'Search' })).toBeInViewport();
});

test('province names are drawn above the markers', async ({ page }) => {
  await page.goto('/');
  await waitForMarkers(page);
  await expect(page.locator('.leaflet-province-labels-pane .leaflet-marker-icon').first()).toBeAttached();
  const [labels, markers] = await page.evaluate(() =>
    ['.leaflet-province-labels-pane', '.leaflet-marker-pane'].map((s) => Number(getComputedStyle(document.querySelector(s)!).zIndex)),
  );
  expect(labels).toBeGreaterThan(markers);
});

test('dark mode follows the system preference', async ({ browser }) => {
  const luminance = async (colorScheme: 'dark' | 'light') => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    const value = await page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
    await context.close();
    return value;
  };
  expect(await luminance('dark')).toBeLessThan(0.25);
  expect(await luminance('light')).toBeGreaterThan(0.75);
});
