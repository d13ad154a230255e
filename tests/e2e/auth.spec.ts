import { expect, test } from './fixtures';
import { addAccount, addAccounts, freshAddress, signedInApi, signedInContext, signIn, type Account } from './auth-helpers';

// Password hashing (scrypt) makes each sign-in take a moment on a busy machine.
test.describe.configure({ timeout: 180_000 });

let admin: Account;
let editors: Account[];
test.beforeAll(() => {
  [admin, ...editors] = addAccounts(['admin', 'editor', 'editor', 'editor', 'editor']);
});

test('npm run user:add creates an account that can sign in; an admin sees it; cookies are httpOnly and SameSite=Lax', async ({ page, context }) => {
  const created = addAccount('admin', 'cli');
  await page.goto('/sign-in?next=/admin');
  await page.getByLabel('Email').fill(created.email);
  await page.getByLabel('Password').fill(created.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await expect(page.getByTestId('account-row').filter({ hasText: created.email })).toContainText('admin');
  const session = (await context.cookies()).find((c) => c.name.includes('session_token'));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');
});

test('a wrong password is refused with a clear message, and there is no sign-up', async ({ page, request }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(editors[0].email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toContainText('Wrong email or password');
  const signUp = await request.post('/api/auth/sign-up/email', { data: { email: 'new@example.org', password: 'long enough password', name: 'x' } });
  expect(signUp.ok()).toBe(false);
});

test('failed sign-ins are limited per account, even from many addresses', async ({ request }) => {
  const editor = editors[1];
  const wrong = { ...editor, password: 'wrong-password-123' };
  for (let i = 0; i < 5; i += 1) expect((await signIn(request, wrong, freshAddress())).status()).toBe(401);
  const blocked = await signIn(request, editor, freshAddress());
  expect(blocked.status()).toBe(429);
  expect((await blocked.json()).message).toMatch(/Too many failed sign-ins for this account/);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
});

test('failed sign-ins are limited per address, across accounts', async ({ request }) => {
  const address = freshAddress();
  const editor = editors[2];
  for (let i = 0; i < 20; i += 1) {
    const res = await signIn(request, { email: `nobody-${i}@example.org`, password: 'whatever-password', role: 'editor' }, address);
    expect(res.status()).toBe(401);
  }
  const blocked = await signIn(request, editor, address);
  expect(blocked.status()).toBe(429);
  expect((await blocked.json()).message).toMatch(/your address/);
  // The same account from another address is fine.
  expect((await signIn(request, editor, freshAddress())).status()).toBe(200);
});

test('a disabled account loses its open session at once and cannot sign in again', async ({ browser, baseURL }) => {
  const editor = editors[3];
  const editorApi = await signedInApi(baseURL!, editor);
  expect((await (await editorApi.get('/api/auth/get-session')).json())?.user?.email).toBe(editor.email);

  const adminContext = await signedInContext(browser, baseURL!, admin);
  const page = await adminContext.newPage();
  await page.goto('/admin');
  const row = page.getByTestId('account-row').filter({ hasText: editor.email });
  await row.getByRole('button', { name: `Disable ${editor.email}` }).click();
  await expect(row).toContainText('disabled');

  expect(await (await editorApi.get('/api/auth/get-session')).json()).toBeNull();
  expect((await editorApi.post('/api/admin/users/x', { data: { disabled: true } })).status()).toBe(401);
  expect((await signIn(editorApi, editor)).status()).toBe(401);
  await editorApi.dispose();
  await adminContext.close();
});
