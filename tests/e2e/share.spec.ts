import { createServer, type Server } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { fetchStats } from './api-helpers';
import { expect, test } from './fixtures';

const EMBED_ORIGIN_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function readPngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function checkPreviewImage(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  expect(readPngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  // Cached by content: asking again with the ETag costs no render.
  const again = await request.get(url, { headers: { 'if-none-match': res.headers().etag } });
  expect(again.status()).toBe(304);
}

test('a dashboard view and a permalink have a large link-preview PNG of the stated size', async ({ page, request, baseURL }) => {
  await page.goto('/?type=arrest,trial&province=north-hamgyong');
  const image = page.locator('meta[property="og:image"]');
  const url = (await image.getAttribute('content'))!;
  expect(url.startsWith(`${baseURL}/api/og?`)).toBe(true);
  expect(url).toContain('type=arrest,trial');
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await checkPreviewImage(request, url);

  // A different view is a different image.
  await page.goto('/?type=defection');
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).not.toBe(url);

  const { features } = (await (await request.get('/api/incidents?limit=1')).json()) as { features: { id: number }[] };
  await page.goto(`/incidents/${features[0].id}`);
  const permalinkImage = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(permalinkImage).toContain(`/api/og/incidents/${features[0].id}`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await checkPreviewImage(request, permalinkImage);
  expect((await request.get('/api/og/incidents/999999999')).status()).toBe(404);
});

test.describe('framing', () => {
  let server: Server;
  test.beforeAll(async ({ baseURL }) => {
    // Another origin: a page on 127.0.0.1 that frames the embed and the dashboard of localhost.
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>host</title>
        <iframe id="embed" src="${baseURL}/embed?type=arrest,trial" width="800" height="600"></iframe>
        <iframe id="dashboard" src="${baseURL}/" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => server.listen(EMBED_ORIGIN_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('/embed renders inside an iframe on another origin, while / refuses to be framed', async ({ page, request }) => {
    const { total } = await fetchStats(request, 'type=arrest,trial');
    await page.goto(`http://127.0.0.1:${EMBED_ORIGIN_PORT}/`);
    const embed = page.frameLocator('#embed');
    await expect(embed.getByTestId('incident-count')).toHaveText(String(total));
    await expect(embed.getByRole('list', { name: 'Map legend' })).toBeVisible();
    await expect(embed.locator('.leaflet-container')).toBeVisible();
    await expect(embed.getByRole('link', { name: /full view/ })).toHaveAttribute('href', '/?type=arrest,trial');

    const dashboardFrame = page.frames().find((f) => f.parentFrame() && !f.url().includes('/embed'));
    await expect.poll(() => dashboardFrame?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('#dashboard').getByTestId('incident-count')).toHaveCount(0);
  });

  test('the headers say so', async ({ request }) => {
    const embed = await request.get('/embed');
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    for (const path of ['/', '/api/stats', '/incidents/1', '/embedded']) {
      const res = await request.get(path);
      expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });
});

test('the Embed button gives iframe code for the current view', async ({ page }) => {
  await page.goto('/?type=crackdown&map=8/41.80/129.78');
  await page.getByText('Embed', { exact: true }).click();
  const code = page.getByLabel('Paste this into a web page to show this map:');
  await expect(code).toHaveValue(/^<iframe src="http:\/\/localhost:\d+\/embed\?type=crackdown&amp;map=8\/41\.80\/129\.78"/);
});
