/**
 * `npm run db:synthetic -- --incidents 1000000 [--database-url URL] [--seed N]`: appends realistic synthetic
 * incidents for benchmarks (skewed types, 2000 to today, ~70 % at North Korean gazetteer places, some
 * province-only, unknown, abroad, and hand-placed points). Migrates the database first.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/db/create-client';
import { redactUrl, resolveDatabaseUrl, rawDatabaseUrl } from '@/lib/db/database-url';
import { loadSynthetic } from '@/lib/synthetic/load-synthetic';
import { parseCount } from '@/lib/synthetic/parse-count';

const USAGE = 'Usage: npm run db:synthetic -- --incidents <n, e.g. 100k or 1M> [--database-url <url>] [--seed <n>]';

async function main() {
  const { values } = parseArgs({
    options: { incidents: { type: 'string' }, 'database-url': { type: 'string' }, seed: { type: 'string' } },
  });
  const count = values.incidents ? parseCount(values.incidents) : null;
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!count || !Number.isInteger(seed)) {
    console.error(USAGE);
    process.exit(1);
  }
  const url = resolveDatabaseUrl(values['database-url'] ?? rawDatabaseUrl());
  console.error(`Migrating ${redactUrl(url)}…`);
  execFileSync(process.execPath, [path.resolve('node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const prisma = createPrismaClient(url);
  const started = performance.now();
  let lastReport = 0;
  try {
    await loadSynthetic(prisma, url, {
      incidents: count,
      seed,
      onProgress: (done) => {
        if (done === count || performance.now() - lastReport > 5000) {
          lastReport = performance.now();
          console.error(`  ${done.toLocaleString('en')} / ${count.toLocaleString('en')} incidents`);
        }
      },
    });
    const total = await prisma.incident.count();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Added ${count.toLocaleString('en')} synthetic incidents in ${seconds} s; the database now holds ${total.toLocaleString('en')}.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
