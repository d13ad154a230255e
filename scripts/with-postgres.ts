/**
 * `tsx scripts/with-postgres.ts <command> [args…]`: runs a command against a throwaway PostgreSQL cluster.
 * Starts one (tests/support/postgres-cluster.ts: initdb + pg_ctl on a free loopback port, as the
 * `postgres` user when run as root), creates the database `atlas`, runs the command with DATABASE_URL
 * pointing at it, then stops the cluster and removes its folder. Exits with the command's status.
 * Without PostgreSQL installed it says so and exits 0, unless ATLAS_REQUIRE_POSTGRES=1 (CI): then 1.
 */
import { spawn } from 'node:child_process';
import { findPostgresBin, postgresRequired, startPostgresCluster } from '../tests/support/postgres-cluster';
import { createPostgresDatabase } from '../tests/support/postgres-database';

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: tsx scripts/with-postgres.ts <command> [args…]');
    return 2;
  }
  if (!findPostgresBin()) {
    const message = `PostgreSQL is not installed (no initdb/pg_ctl; install Debian's \`postgresql\` or set PG_BIN): SKIPPED \`${[command, ...args].join(' ')}\` on PostgreSQL.`;
    if (postgresRequired()) {
      console.error(`✗ ${message.replace('SKIPPED', 'cannot run')}`);
      return 1;
    }
    console.warn(`\n⚠ ${message}\n`);
    return 0;
  }
  const cluster = await startPostgresCluster('atlas-with-pg-');
  const url = createPostgresDatabase(cluster.adminUrl, 'atlas');
  console.log(`▸ Throwaway PostgreSQL on port ${cluster.port}: ${url}`);
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
  cluster.stop();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
