import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

type Feature = { id: number; geometry: { coordinates: [number, number] } | null; properties: { type: string; status: string; sources: { title: string }[] } };

/** Ingests files with the real `npm run ingest` script into the e2e server's database. */
export function ingest(...files: string[]) {
  return execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts', ...files.map((f) => path.resolve(f))], {
    env: { ...process.env, DATABASE_URL: 'file:./tests/.tmp/e2e.db' },
    encoding: 'utf8',
  });
}

export async function findIncidents(request: APIRequestContext, query: string): Promise<Feature[]> {
  const res = await request.get(`/api/incidents?limit=100&${query}`);
  expect(res.ok()).toBe(true);
  return (await res.json()).features;
}

/** Moves the queue's cursor with the keyboard (k to the top, then j) until incident `id` is the current one. */
export async function focusQueueItem(page: Page, id: number) {
  const current = page.getByTestId('queue-current');
  const rows = await page.getByTestId('queue-row').count();
  for (let i = 0; i < rows; i += 1) await page.keyboard.press('k');
  for (let i = 0; i <= rows; i += 1) {
    if ((await current.getAttribute('data-incident-id')) === String(id)) return;
    await page.keyboard.press('j');
  }
  throw new Error(`incident ${id} is not in the queue`);
}
