import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the production build is made from; a change in any of these means `next build` must run again. */
const INPUTS = ['app', 'components', 'lib', 'public', 'data', 'proxy.ts', 'next.config.js', 'package.json', 'tsconfig.json', 'prisma/schema.prisma'];
const SKIP = /(^|\/)(node_modules|\.next|\.git)(\/|$)|\.db(-journal|-wal|-shm)?$/;

function listFiles(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full) || SKIP.test(entry)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(root, path.posix.join(entry, name)));
}

/** A hash of every build input's path and content. */
export function computeBuildFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((entry) => listFiles(root, entry))) {
    hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

export const FINGERPRINT_FILE = path.join('.next', 'atlas-build-fingerprint');

export function readBuiltFingerprint(root: string): string | null {
  const file = path.join(root, FINGERPRINT_FILE);
  return existsSync(file) && existsSync(path.join(root, '.next', 'BUILD_ID')) ? readFileSync(file, 'utf8').trim() : null;
}
