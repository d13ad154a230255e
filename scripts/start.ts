/**
 * `npm start`: everything a first run needs, and quick when nothing changed.
 * 1. apply migrations to DATABASE_URL (default: data/atlas.db, created if missing);
 * 2. load the demo data if the database holds no incident; refresh SQLite's planner statistics if stale;
 * 3. build if the last build is not of the current code;
 * 4. serve on PORT (default 3000), with a 256 MB V8 heap unless NODE_OPTIONS sets one (lib/startup/server-heap.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPrismaClient } from '@/lib/db/create-client';
import { databaseKind, rawDatabaseUrl, redactUrl, sqlitePathFromUrl } from '@/lib/db/database-url';
import { loadDemoData } from '@/lib/demo/load-demo-data';
import { ensureAuthSecret } from '@/lib/startup/auth-secret';
import { serverNodeFlags, withServerHeapLimit } from '@/lib/startup/server-heap';
import { refreshPlannerStats } from '@/lib/startup/refresh-planner-stats';
import { computeBuildFingerprint, FINGERPRINT_FILE, readBuiltFingerprint } from '@/lib/startup/build-fingerprint';

const root = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BETTER_AUTH_SECRET: ensureAuthSecret(root, process.env) };
const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file);

function step(message: string) {
  console.log(`▸ ${message}`);
}

function run(args: string[], what: string) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env, cwd: root });
  if (result.status !== 0) {
    console.error(`✗ ${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

async function main() {
  const url = rawDatabaseUrl();
  step(`Database: ${redactUrl(url)}`);
  if (databaseKind(url) === 'sqlite') mkdirSync(path.dirname(sqlitePathFromUrl(url)), { recursive: true });
  run([bin('prisma', 'build/index.js'), 'migrate', 'deploy'], 'Applying migrations');

  const prisma = createPrismaClient();
  try {
    const added = await loadDemoData(prisma);
    step(added ? `Loaded ${added} demo incidents.` : 'Database already holds incidents; demo data not loaded.');
    await refreshPlannerStats(prisma, url);
  } finally {
    await prisma.$disconnect();
  }

  const fingerprint = computeBuildFingerprint(root);
  if (readBuiltFingerprint(root) === fingerprint) {
    step('Build is up to date.');
  } else {
    step('Building the app (about a minute the first time)…');
    run([bin('next', 'dist/bin/next'), 'build'], 'next build');
    writeFileSync(path.join(root, FINGERPRINT_FILE), fingerprint);
  }

  const port = process.env.PORT || '3000';
  step(`Incident Atlas at http://localhost:${port}`);
  // refuse-methods.mjs answers TRACE/TRACK with 405; Next.js itself would fail them with a 500.
  // client-address.mjs puts the socket address in X-Forwarded-For unless ATLAS_TRUST_PROXY=1.
  const preloads = ['refuse-methods.mjs', 'client-address.mjs'].flatMap((f) => ['--import', pathToFileURL(path.join(root, 'scripts', f)).href]);
  const server = spawn(process.execPath, [...serverNodeFlags(), ...preloads, bin('next', 'dist/bin/next'), 'start', '-p', port], { stdio: 'inherit', env: withServerHeapLimit(env) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
