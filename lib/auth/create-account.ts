// Creates an account with a password, hashed by better-auth's own scrypt hasher, in better-auth's tables.
// No `server-only`: `npm run user:add` runs it outside Next.
import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { PrismaClient } from '@/generated/prisma/client';
import { MIN_PASSWORD_LENGTH, type Role } from './roles';

export type NewAccount = { email: string; role: Role; password: string; name?: string };

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{1,63}$/;

/** A random password of 20 characters from a URL-safe alphabet (about 120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

export function validateNewAccount(account: NewAccount): string | null {
  if (!EMAIL.test(account.email)) return `Not an email address: ${account.email}`;
  if (account.password.length < MIN_PASSWORD_LENGTH) return `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (account.password.length > 128) return 'The password is longer than 128 characters.';
  return null;
}

export async function createAccount(prisma: PrismaClient, account: NewAccount): Promise<{ id: string }> {
  const problem = validateNewAccount(account);
  if (problem) throw new Error(problem);
  const email = account.email.trim().toLowerCase();
  const hash = await hashPassword(account.password);
  const id = randomUUID();
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new Error(`An account for ${email} already exists.`);
    await tx.user.create({ data: { id, email, name: account.name?.trim() || email.split('@')[0], role: account.role, emailVerified: true } });
    await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash } });
    return { id };
  });
}
