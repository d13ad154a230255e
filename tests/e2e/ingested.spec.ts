import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { e2eDatabaseUrl } from './e2e-database';
import { expect, recordDialogs, test } from './fixtures';
import { removeIngestedFile } from './seed-helpers';

const FIXTURE = path.resolve('tests/fixtures/e2e/script-in-text.txt');

// The article and its incidents are this spec's own: gone before (a run cut off mid-way) and after, so no
// later spec counts them and a re-run ingests it as new again.
test.beforeAll(() => removeIngestedFile(FIXTURE));
test.afterAll(() => {
  expect(removeIngestedFile(FIXTURE).articles).toBe(1);
});

test('an ingested article shows with its evidence and source, and its script tag stays text', async ({ page, request }) => {
  const dialogs = recordDialogs(page);
  // The real command, into the running server's database, as an analyst would run it.
  const output = execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts', FIXTURE], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: 'utf8',
  });
  expect(output).toMatch(/Articles: 1 new/);

  const res = await request.get('/api/incidents?q=musan&limit=10');
  const { features } = await res.json();
  const arrest = features.find((f: { properties: { type: string } }) => f.properties.type === 'arrest');
  expect(arrest, 'the extractor finds the arrest').toBeTruthy();

  await page.goto(`/?incident=${arrest.id}`);
  const detail = page.getByTestId('incident-detail');
  await expect(detail.getByTestId('incident-evidence')).toContainText('<script>');
  await expect(detail.getByTestId('incident-sources')).toContainText('Police in Musan detain a trader');
  await expect(detail.getByTestId('incident-place')).toContainText('Musan');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
