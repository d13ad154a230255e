import { fetchIncidents } from './api-helpers';
import { expect, test, waitForMarkers } from './fixtures';
import { rawRequest } from './raw-request';

type Violation = { directive: string; blocked: string };

test('no page breaks its Content-Security-Policy, and every script the server sends carries the nonce', async ({ page, request }) => {
  const violations: Violation[] = [];
  await page.exposeFunction('__reportCsp', (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: Violation) => void }).__reportCsp({ directive: e.effectiveDirective, blocked: e.blockedURI });
    });
  });
  const consoleCsp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  const { features } = await fetchIncidents(request);
  const id = features[0].id;
  // Not the 404 page for unknown paths: Next.js prerenders it statically, so it has no nonce (it needs no script).
  for (const path of ['/', `/?incident=${id}&by=week`, `/incidents/${id}`]) {
    const response = await page.goto(path);
    const csp = response?.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, `${path} has a nonce`).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = (await response?.text()) ?? '';
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, path).toContain(`nonce="${nonce}"`);
    if (path.startsWith('/?') || path === '/') await waitForMarkers(page);
  }
  // Interact, so scripts loaded later (the map, the charts, client navigation) are checked too.
  await page.goto('/');
  await waitForMarkers(page);
  await page.getByRole('group', { name: 'Type' }).getByRole('checkbox').first().uncheck();
  await expect(page).toHaveURL(/type=/);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(consoleCsp).toEqual([]);
});

test('pages and the API send the security headers; nonces differ per response', async ({ request }) => {
  const seen = new Set<string>();
  for (const path of ['/', '/api/stats', '/api/incidents?limit=1']) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toMatch(/camera=\(\)/);
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['x-frame-options'], path).toBe('DENY');
    seen.add(/'nonce-([^']+)'/.exec(h['content-security-policy'])![1]);
  }
  expect(seen.size).toBe(3);
});

test('TRACE is refused with 405 (and TRACK by the HTTP parser with a 4xx), never a 500', async ({ baseURL }) => {
  for (const path of ['/api/incidents', '/api/stats', '/']) {
    expect((await rawRequest(baseURL!, 'TRACE', path)).status, `TRACE ${path}`).toBe(405);
    const track = await rawRequest(baseURL!, 'TRACK', path);
    expect(track.status, `TRACK ${path}`).toBeGreaterThanOrEqual(400);
    expect(track.status, `TRACK ${path}`).toBeLessThan(500);
  }
});

test('a permalink with malformed percent-encoding is a 400, never a 500', async ({ baseURL }) => {
  for (const bad of ['%E0%A4%A', '%ED%A0%80', '%', '%C0%AE', '%%', '1%']) {
    const res = await rawRequest(baseURL!, 'GET', `/incidents/${bad}`);
    expect(res.status, bad).toBe(400);
    expect(res.body).toMatch(/malformed percent-encoding/);
  }
});
