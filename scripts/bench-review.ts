/**
 * `npm run bench:review [-- --count 100 --port 3130]`: how long an editor takes to approve `count` incidents
 * from the keyboard. Builds a throwaway SQLite database of synthetic incidents, serves the current production
 * build on it (run `npm start` or `npm run build` once first), signs in an editor and presses `a` in Chromium,
 * waiting each time for the server to confirm. Prints figures; asserts nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { createAccount } from '@/lib/auth/create-account';
import { createPrismaClient } from '@/lib/db/create-client';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100' }, port: { type: 'string', default: '3130' } } });
const count = Number(values.count);
const port = Number(values.port);
const root = process.cwd();

async function waitForServer(url: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not start`);
}

async function main() {
  if (!existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('No production build: run `npm start` (or `npm run build`) once first.');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-review-'));
  const url = pathToFileURL(path.join(dir, 'bench.db')).href;
  const env = { ...process.env, DATABASE_URL: url, BETTER_AUTH_SECRET: randomBytes(32).toString('hex'), NEXT_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/db-synthetic.ts', '--incidents', String(count * 3), '--database-url', url], { env, stdio: 'ignore' });
  const prisma = createPrismaClient(url);
  const email = 'bench-editor@example.org';
  const password = randomBytes(12).toString('base64url');
  await createAccount(prisma, { email, password, role: 'editor' });
  const queued = await prisma.incident.count({ where: { status: 'auto' } });
  await prisma.$disconnect();
  if (queued < count) throw new Error(`only ${queued} incidents to review`);

  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], { env, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox'] });
  try {
    const base = `http://localhost:${port}`;
    await waitForServer(`${base}/api/stats`);
    const context = await browser.newContext({ baseURL: base });
    const res = await context.request.post('/api/auth/sign-in/email', { data: { email, password } });
    if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
    const page = await context.newPage();
    await page.goto('/review');
    const current = page.getByTestId('queue-current');
    const message = page.getByTestId('queue-message');
    const times: number[] = [];
    const start = performance.now();
    for (let i = 0; i < count; i += 1) {
      await current.waitFor();
      const id = await current.getAttribute('data-incident-id');
      const t0 = performance.now();
      await page.keyboard.press('a');
      await page.waitForFunction((text) => document.querySelector('[data-testid="queue-message"]')?.textContent?.includes(text), `#${id} approved`);
      times.push(performance.now() - t0);
    }
    const total = performance.now() - start;
    await message.waitFor();
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(0);
    console.log(`Approved ${count} incidents from the keyboard in ${(total / 1000).toFixed(1)} s (${(total / count).toFixed(0)} ms each).`);
    console.log(`Per key press until the server confirmed: median ${pct(50)} ms, p95 ${pct(95)} ms, max ${times[times.length - 1].toFixed(0)} ms.`);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
