// A private atlas (ATLAS_PRIVATE=1): the second web server of playwright.config.ts, same build and database.
// Every page and API route needs a signed-in account; only what signing in needs stays open. That server also
// runs without ATLAS_TRUST_PROXY, so a client's own X-Forwarded-For cannot move it to another sign-in bucket.
import Database from 'better-sqlite3';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { addAccounts, signIn, type Account } from './auth-helpers';
import { E2E_SQLITE_URL } from './e2e-database';

const PRIVATE_URL = process.env.E2E_PRIVATE_URL!;
const CLOSED_PAGES = ['/', '/?type=arrest&status=all', '/incidents/1', '/embed', '/review', '/admin'];
const CLOSED_APIS = ['/api/incidents', '/api/stats', '/api/export.csv', '/api/export.geojson', '/api/og', '/api/og/incidents/1', '/api/places?q=hyesan'];

let viewer: Account;
let anonymous: APIRequestContext;
test.beforeAll(async () => {
  [viewer] = addAccounts(['viewer']);
  anonymous = await playwrightRequest.newContext({ baseURL: PRIVATE_URL });
});
test.afterAll(() => anonymous.dispose());

test('without an account, pages redirect to sign-in and APIs answer 401', async () => {
  for (const path of CLOSED_PAGES) {
    const res = await anonymous.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    const location = new URL(res.headers().location, PRIVATE_URL);
    expect(location.pathname, path).toBe('/sign-in');
    expect(location.searchParams.get('next'), path).toBe(path);
  }
  for (const path of CLOSED_APIS) {
    const res = await anonymous.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(401);
    expect((await res.json()).error, path).toBe('unauthenticated');
  }
  // A forged session cookie is no session.
  const forged = await anonymous.get('/api/stats', { headers: { cookie: 'better-auth.session_token=forged.value' } });
  expect(forged.status()).toBe(401);
});

test('what signing in needs stays open', async () => {
  expect((await anonymous.get('/sign-in')).status()).toBe(200);
  expect((await anonymous.get('/api/auth/get-session')).status()).toBe(200);
  expect((await anonymous.get('/icon.svg')).status()).toBe(200);
});

test('a viewer signs in through the redirect, lands on the page asked for, and reads the API', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: PRIVATE_URL });
  const page = await context.newPage();
  await page.goto('/?type=arrest');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Email').fill(viewer.email);
  await page.getByLabel('Password').fill(viewer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/\?type=arrest$/);
  await expect(page.getByTestId('incident-count')).toHaveText(/^\d+$/);
  const stats = await context.request.get('/api/stats?type=arrest');
  expect(stats.status()).toBe(200);
  expect(Number(await page.getByTestId('incident-count').textContent())).toBe((await stats.json()).total);
  await context.close();
});

test('a client-chosen X-Forwarded-For does not escape the per-address sign-in limit', async () => {
  try {
    for (let i = 0; i < 20; i += 1) {
      // A new address each time, as a client trying to dodge the limit would send.
      const res = await signIn(anonymous, { email: `dodger-${i}@example.org`, password: 'whatever-password', role: 'viewer' }, `10.9.9.${i}`);
      expect(res.status()).toBe(401);
    }
    const blocked = await signIn(anonymous, viewer, '10.9.9.99');
    expect(blocked.status()).toBe(429);
    expect((await blocked.json()).message).toMatch(/your address/);
  } finally {
    // The failures were counted under this machine's loopback address: clear them for the specs that follow.
    const db = new Database(E2E_SQLITE_URL.replace(/^file:/, ''));
    db.prepare(`DELETE FROM "SignInFailure" WHERE "key" LIKE 'ip:%' AND "key" NOT LIKE 'ip:10.%'`).run();
    db.close();
  }
});
