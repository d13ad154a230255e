import { expect, test } from './fixtures';
import { addAccounts, signedInApi, type Account } from './auth-helpers';
import { WRITE_ENDPOINTS } from './write-endpoints';

test.describe.configure({ timeout: 180_000 });

let accounts: Record<'viewer' | 'editor' | 'admin', Account>;
test.beforeAll(() => {
  const [viewer, editor, admin] = addAccounts(['viewer', 'editor', 'admin']);
  accounts = { viewer, editor, admin };
});

const BELOW: Record<'editor' | 'admin', 'viewer' | 'editor'> = { editor: 'viewer', admin: 'editor' };

test('every write endpoint refuses an anonymous POST with 401', async ({ request }) => {
  for (const endpoint of WRITE_ENDPOINTS) {
    const res = await request.post(endpoint.path, { data: endpoint.body });
    expect(res.status(), endpoint.path).toBe(401);
  }
});

test('every write endpoint refuses a role too low with 403', async ({ baseURL }) => {
  const apis = { viewer: await signedInApi(baseURL!, accounts.viewer), editor: await signedInApi(baseURL!, accounts.editor) };
  for (const endpoint of WRITE_ENDPOINTS) {
    const res = await apis[BELOW[endpoint.role]].post(endpoint.path, { data: endpoint.body });
    expect(res.status(), endpoint.path).toBe(403);
    expect((await res.json()).error, endpoint.path).toBe('forbidden');
  }
  await Promise.all(Object.values(apis).map((api) => api.dispose()));
});

test('every write endpoint refuses a cross-site POST, even with an admin session', async ({ baseURL }) => {
  const api = await signedInApi(baseURL!, accounts.admin);
  const paths = [...WRITE_ENDPOINTS.map((e) => e.path), '/api/auth/sign-out'];
  for (const path of paths) {
    const byOrigin = await api.post(path, { data: {}, headers: { origin: 'https://evil.example' } });
    expect(byOrigin.status(), path).toBe(403);
    expect((await byOrigin.json()).error, path).toBe('cross_site');
    const byFetchMetadata = await api.post(path, { data: {}, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(byFetchMetadata.status(), path).toBe(403);
  }
  // The session survived: the refused sign-out did not run.
  const session = await api.get('/api/auth/get-session');
  expect((await session.json())?.user).toBeTruthy();
  await api.dispose();
});

test('the admin pages need a session: anonymous visitors are sent to sign-in', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
