import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { e2eDatabaseUrl } from './e2e-database';
import { expect, test } from './fixtures';

/** Runs tests/support/e2e-seed.ts against the e2e server's database; returns what it printed. */
function runSeed(...args: string[]): { articles: number; incidents: number } {
  const output = execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'tests/support/e2e-seed.ts', ...args], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

export const seedFixture = (file: string) => runSeed('load', path.resolve(file));
export const removeOutlet = (slug: string) => runSeed('remove-outlet', slug);
export const removeIngestedFile = (file: string) => runSeed('remove-file', path.basename(file));

export type FixtureIncident = {
  type: string;
  status: string;
  summary: string;
  admin1: string | null;
  placeName: string | null;
  lat: number | null;
  date: string | null;
};

/** The incidents a fixture file holds, read here so a spec's expectations come from its own data. */
export function readFixtureIncidents(file: string): FixtureIncident[] {
  const { articles } = JSON.parse(readFileSync(file, 'utf8')) as { articles: { incidents: FixtureIncident[] }[] };
  return articles.flatMap((a) => a.incidents);
}

/** The dashboard specs' own data set, under an outlet nothing else uses. */
export const SEEDED_FIXTURE = 'tests/fixtures/e2e/seeded-incidents.json';
export const SEEDED_OUTLET = 'atlas-test-wire';

/**
 * Gives the calling spec a fixture's incidents, under an outlet of their own, for its whole run: its tests
 * run in order; the outlet is emptied (a run cut off mid-way must not double the counts) and every incident
 * of the file seeded before the first test; the outlet is removed after the last. Returns the incidents a
 * view may show: all but the rejected ones.
 */
export function seedIncidentsForSpec(fixture = SEEDED_FIXTURE, outlet = SEEDED_OUTLET): FixtureIncident[] {
  const all = readFixtureIncidents(fixture);
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(() => {
    removeOutlet(outlet);
    expect(seedFixture(fixture).incidents).toBe(all.length);
  });
  test.afterAll(() => removeOutlet(outlet));
  return all.filter((i) => i.status !== 'rejected');
}
