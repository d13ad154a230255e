import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';

export type Account = { email: string; password: string; role: 'viewer' | 'editor' | 'admin' };

/** Creates an account with the real `npm run user:add` script, in the e2e server's database. */
export function addAccount(role: Account['role'], label: string = role): Account {
  const email = `${label}-${randomBytes(4).toString('hex')}@example.org`;
  const password = randomBytes(12).toString('base64url');
  execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/user-add.ts', '--email', email, '--role', role, '--password-stdin'], {
    env: { ...process.env, DATABASE_URL: 'file:./tests/.tmp/e2e.db' },
    input: `${password}\n`,
    encoding: 'utf8',
  });
  return { email, password, role };
}

function newAccount(role: Account['role'], label: string): Account {
  return { email: `${label}-${randomBytes(4).toString('hex')}@example.org`, password: randomBytes(12).toString('base64url'), role };
}

/** Creates several accounts in one process (same createAccount as user:add); much quicker than one call each. */
export function addAccounts<R extends Account['role']>(roles: R[]): Account[] {
  const accounts = roles.map((role, i) => newAccount(role, `${role}${i}`));
  execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'tests/support/add-accounts.ts'], {
    env: { ...process.env, DATABASE_URL: 'file:./tests/.tmp/e2e.db' },
    input: JSON.stringify(accounts),
    encoding: 'utf8',
  });
  return accounts;
}

/** Each test's sign-ins come from their own address, so the per-address limit of one test never blocks another. */
export function freshAddress(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export async function signIn(api: APIRequestContext, account: Account, address = freshAddress()) {
  return api.post('/api/auth/sign-in/email', {
    data: { email: account.email, password: account.password },
    headers: { 'x-forwarded-for': address },
  });
}

/** An API client with its own cookie jar, signed in as `account`. */
export async function signedInApi(baseURL: string, account: Account): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const res = await signIn(api, account);
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  return api;
}

/** A browser context signed in as `account` (cookies from the API sign-in). */
export async function signedInContext(browser: Browser, baseURL: string, account: Account): Promise<BrowserContext> {
  const api = await signedInApi(baseURL, account);
  const context = await browser.newContext({ baseURL, storageState: await api.storageState() });
  await api.dispose();
  return context;
}
