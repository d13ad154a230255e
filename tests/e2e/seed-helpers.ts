import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { e2eDatabaseUrl } from './e2e-database';

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
