import 'server-only';
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/roles';
import { applyIncidentDelta, SNAPSHOT_SELECT } from '@/lib/incidents/aggregates';
import { writeAudit } from './audit';

export type Decision = 'reviewed' | 'rejected';

/**
 * Approves (status `reviewed`) or rejects incidents, all in one transaction with their audit rows. Merged
 * incidents are left alone; an incident already in that state is not touched. Returns the ids changed.
 */
export async function decideIncidents(ids: number[], decision: Decision, actor: Actor): Promise<number[]> {
  const batch = ids.length > 1 ? randomUUID() : undefined;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.incident.findMany({ where: { id: { in: ids }, status: { in: ['auto', 'reviewed', 'rejected'] } }, select: { id: true, ...SNAPSHOT_SELECT } });
    const changed: number[] = [];
    const now = new Date();
    for (const row of rows) {
      if (row.status === decision) continue;
      const after = await tx.incident.update({ where: { id: row.id }, data: { status: decision, reviewedBy: actor.email, reviewedAt: now }, select: SNAPSHOT_SELECT });
      await applyIncidentDelta(tx, row, after);
      await writeAudit(tx, actor, decision === 'reviewed' ? 'approve' : 'reject', row.id, [{ field: 'status', before: row.status, after: decision }], batch);
      changed.push(row.id);
    }
    return changed;
  });
}
