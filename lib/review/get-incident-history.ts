import 'server-only';
import { prisma } from '@/lib/db';

export type HistoryEntry = { id: number; action: string; field: string | null; before: string | null; after: string | null; actor: string; at: string; batch: string | null };
export type IncidentHistory = { entries: HistoryEntry[]; reviewedBy: string | null; reviewedAt: string | null; createdBy: string | null; status: string };

/** An incident's audit trail, newest first, and who reviewed it. Null when there is no such incident. */
export async function getIncidentHistory(id: number, limit = 200): Promise<IncidentHistory | null> {
  const incident = await prisma.incident.findUnique({ where: { id }, select: { reviewedBy: true, reviewedAt: true, createdBy: true, status: true } });
  if (!incident) return null;
  const rows = await prisma.auditLog.findMany({ where: { incidentId: id }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take: limit });
  return {
    entries: rows.map((r) => ({ id: r.id, action: r.action, field: r.field, before: r.before, after: r.after, actor: r.actor, at: r.at.toISOString(), batch: r.batch })),
    reviewedBy: incident.reviewedBy,
    reviewedAt: incident.reviewedAt?.toISOString() ?? null,
    createdBy: incident.createdBy,
    status: incident.status,
  };
}
