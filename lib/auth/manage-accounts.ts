import 'server-only';
import { prisma } from '@/lib/db';

export type AccountRow = { id: string; email: string; name: string; role: string; disabled: boolean; createdAt: Date; sessions: number };

export async function listAccounts(): Promise<AccountRow[]> {
  const users = await prisma.user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true, _count: { select: { sessions: true } } },
  });
  return users.map(({ _count, ...user }) => ({ ...user, sessions: _count.sessions }));
}

/**
 * Disables (or enables) an account. Disabling deletes its sessions in the same transaction, so an open
 * browser is signed out on its next request. Returns false when no such account exists.
 */
export async function setAccountDisabled(id: string, disabled: boolean): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) return false;
    await tx.user.update({ where: { id }, data: { disabled } });
    if (disabled) await tx.session.deleteMany({ where: { userId: id } });
    return true;
  });
}
