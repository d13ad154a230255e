import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const AUTH_SECRET_FILE = '.auth-secret';

/**
 * BETTER_AUTH_SECRET signs session cookies. When the environment gives none, a random one is made on the first
 * `npm start` and kept in `.auth-secret` (git-ignored, mode 600), so sessions survive restarts.
 */
export function ensureAuthSecret(root: string, env: NodeJS.ProcessEnv): string {
  if (env.BETTER_AUTH_SECRET && env.BETTER_AUTH_SECRET.length >= 32) return env.BETTER_AUTH_SECRET;
  const file = path.join(root, AUTH_SECRET_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
