// Failed sign-ins, limited per account and per address. Rows live in the database, so the limit holds across
// server instances; old rows are pruned as new ones arrive.
import 'server-only';
import { prisma } from '@/lib/db';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `ip:${address}`;

export type SignInLimit = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'account' | 'address' };

async function check(key: string, max: number, now: number): Promise<number | null> {
  const since = new Date(now - SIGN_IN_WINDOW_MS);
  const rows = await prisma.signInFailure.findMany({ where: { key, at: { gte: since } }, orderBy: { at: 'asc' }, select: { at: true } });
  if (rows.length < max) return null;
  // Blocked until the oldest failure that still counts leaves the window.
  const oldest = rows[rows.length - max].at.getTime();
  return Math.max(1, Math.ceil((oldest + SIGN_IN_WINDOW_MS - now) / 1000));
}

export async function checkSignInLimit(email: string, address: string, now = Date.now()): Promise<SignInLimit> {
  const account = await check(accountKey(email), MAX_FAILURES_PER_ACCOUNT, now);
  if (account !== null) return { allowed: false, retryAfterSeconds: account, reason: 'account' };
  const byAddress = await check(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
  if (byAddress !== null) return { allowed: false, retryAfterSeconds: byAddress, reason: 'address' };
  return { allowed: true };
}

export async function recordSignInFailure(email: string, address: string, now = Date.now()): Promise<void> {
  await prisma.$transaction([
    prisma.signInFailure.deleteMany({ where: { at: { lt: new Date(now - SIGN_IN_WINDOW_MS) } } }),
    prisma.signInFailure.createMany({ data: [{ key: accountKey(email), at: new Date(now) }, { key: addressKey(address), at: new Date(now) }] }),
  ]);
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearAccountFailures(email: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { key: accountKey(email) } });
}

/**
 * The client's address, from X-Forwarded-For as scripts/client-address.mjs leaves it: the socket address, or,
 * with ATLAS_TRUST_PROXY=1, what the reverse proxy in front wrote there (the first entry is the client).
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}
