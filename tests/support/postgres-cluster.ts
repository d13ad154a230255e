// A throwaway PostgreSQL cluster for tests: `initdb` into a temporary folder, `pg_ctl start` on a free
// loopback port, and on `stop()` the server is stopped and the folder removed. Used by the Vitest
// PostgreSQL project, the PostgreSQL e2e run and the statelessness test. Nothing here touches a cluster
// it did not create.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type PostgresCluster = {
  /** Superuser URL of the `postgres` maintenance database (trust authentication, loopback only). */
  adminUrl: string;
  port: number;
  dir: string;
  /** A URL for another database on this cluster. */
  urlFor: (database: string) => string;
  stop: () => void;
};

/**
 * The folder holding initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin (Debian),
 * else `pg_config --bindir`. Undefined when PostgreSQL is not installed.
 */
export function findPostgresBin(): string | undefined {
  const has = (dir: string) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'));
  if (process.env.PG_BIN) return has(process.env.PG_BIN) ? process.env.PG_BIN : undefined;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (has(path.join(debian, v, 'bin'))) return path.join(debian, v, 'bin');
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const bindir = pgConfig.status === 0 ? pgConfig.stdout.trim() : '';
  return bindir && has(bindir) ? bindir : undefined;
}

/** Whether tests must run on PostgreSQL rather than skip (CI sets ATLAS_REQUIRE_POSTGRES=1). */
export const postgresRequired = () => process.env.ATLAS_REQUIRE_POSTGRES === '1';

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free port from PG_TEST_PORTS ("55430-55439"), else one the OS picks. */
async function pickPort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.PG_TEST_PORTS ?? '');
  if (range) {
    for (let p = Number(range[1]); p <= Number(range[2]); p++) if (await isPortFree(p)) return p;
    throw new Error(`No free port in PG_TEST_PORTS=${process.env.PG_TEST_PORTS}`);
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: then run the server tools as the `postgres` system user. */
function asServerUser(): { prefix: string[]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid: id('-u'), gid: id('-g') };
}

/**
 * Starts a new cluster. `prefix` names the temporary folder (PG_TEST_TMP overrides the parent folder).
 * The cluster is stopped and removed on `stop()`, and also when this process exits.
 */
export async function startPostgresCluster(prefix = 'atlas-pg-'): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb/pg_ctl found; set PG_BIN or install Debian\'s postgresql).');
  const user = asServerUser();
  const dir = mkdtempSync(path.join(process.env.PG_TEST_TMP ?? os.tmpdir(), prefix));
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const data = path.join(dir, 'data');
  const run = (tool: string, args: string[]) => {
    const [cmd, ...rest] = [...user.prefix, path.join(bin, tool), ...args];
    execFileSync(cmd, rest, { stdio: 'pipe', timeout: 60_000 });
  };
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
    }
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', stop);
  };
  process.on('exit', stop);
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const port = await pickPort();
    // A test cluster: durability off for speed; the socket lives in our own folder, TCP on loopback only.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    started = true;
    const urlFor = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
    return { adminUrl: urlFor('postgres'), port, dir, urlFor, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
