// Two `next start` processes on different ports share one PostgreSQL database (playwright.postgres.config.ts).
// The app keeps no state of its own: both show the same data, and a write through one path is visible
// through the other at once, with no process-local cache answering with old counts.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signedInApi } from './auth-helpers';
import { e2eDatabaseUrl } from './e2e-database';
import { expect, readCount, test } from './fixtures';

const SECOND = process.env.E2E_SECOND_URL!;
type Stats = { total: number; byType: Record<string, number> };

test('a write is seen by both app servers on one PostgreSQL database', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000); // the ingest command loads the language model first
  const stats = async (origin: string, query = ''): Promise<Stats> => (await request.get(`${origin}/api/stats${query}`)).json();
  const before = await stats(baseURL!);
  expect(before.total).toBeGreaterThan(0);
  expect(await stats(SECOND)).toEqual(before);
  // Both servers have now answered these queries once: a cache would answer the next ones from memory.
  await page.goto(SECOND);
  expect(await readCount(page)).toBe(before.total);

  // Ingest a new article (unique title) into the shared database with the real command.
  const token = `stateless${Date.now().toString(36)}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-stateless-'));
  const file = path.join(dir, 'article.txt');
  writeFileSync(file, readFileSync('tests/fixtures/e2e/stateless-article.txt', 'utf8').replace('RUN_TOKEN', token));
  try {
    execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts', file], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const afterSecond = await stats(SECOND);
  const afterFirst = await stats(baseURL!);
  expect(afterSecond.total).toBeGreaterThan(before.total);
  expect(afterFirst).toEqual(afterSecond);
  // The new incident is found by its article's title through either server.
  const found = await (await request.get(`${SECOND}/api/incidents?q=${token}&limit=10`)).json();
  expect(found.features.length).toBe(afterSecond.total - before.total);
  await page.reload();
  await expect(page.getByTestId('incident-count')).toHaveText(String(afterSecond.total));
});

test('a session signed in on one app server is honoured by the other: one secret for every server', async ({ browser, baseURL }) => {
  const editor = { email: `stateless-${randomBytes(4).toString('hex')}@example.org`, password: randomBytes(12).toString('base64url'), role: 'editor' as const };
  execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/user-add.ts', '--email', editor.email, '--role', 'editor', '--password-stdin'], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    input: `${editor.password}\n`,
    encoding: 'utf8',
  });
  // Signed in through the first server; cookies are per host, not per port, so the second one receives them.
  const api = await signedInApi(baseURL!, editor);
  const context = await browser.newContext({ baseURL: SECOND, storageState: await api.storageState() });
  await api.dispose();
  const page = await context.newPage();
  await page.goto(`${SECOND}/review`);
  await expect(page).toHaveURL(/\/review/);
  await expect(page.getByTestId('queue-left')).toBeVisible();
  await context.close();
});
