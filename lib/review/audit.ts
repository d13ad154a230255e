import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/roles';

export type Tx = Prisma.TransactionClient;

export type AuditAction = 'approve' | 'reject' | 'edit' | 'add' | 'merge' | 'unmerge';
export type FieldChange = { field: string; before: string | null; after: string | null };

/** Writes one audit row per changed field, inside the caller's transaction (so change and record commit together). */
export async function writeAudit(tx: Tx, actor: Actor, action: AuditAction, incidentId: number, changes: FieldChange[], batch?: string) {
  const rows = changes.filter((c) => c.before !== c.after);
  if (!rows.length) return;
  await tx.auditLog.createMany({
    data: rows.map((c) => ({ incidentId, action, field: c.field, before: c.before, after: c.after, actor: actor.email, userId: actor.id, batch: batch ?? null })),
  });
}

/** A value as the audit trail shows it: text, or null. */
export function auditValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length ? value.join(', ') : null;
  return String(value);
}
