import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/roles';
import { applyIncidentDelta, SNAPSHOT_SELECT } from '@/lib/incidents/aggregates';
import { auditValue, writeAudit } from './audit';
import type { MergeColumn } from './merge-fields';
import type { MergeSnapshot } from './merge-incidents';

export type UndoResult = { ok: true } | { ok: false; status: 404 | 409; message: string };

/**
 * Undoes a merge in one transaction: the dropped incident comes back with its old status, the kept one
 * loses the sources and tags it gained and gets its old place and date back, unless a person changed
 * those since (a later edit wins over the undo).
 */
export async function undoMerge(mergeId: number, actor: Actor): Promise<UndoResult> {
  return prisma.$transaction(async (tx) => {
    const merge = await tx.incidentMerge.findUnique({ where: { id: mergeId } });
    if (!merge) return { ok: false, status: 404, message: 'No such merge.' };
    if (merge.undoneAt) return { ok: false, status: 409, message: 'This merge was already undone.' };
    const snapshot = JSON.parse(merge.snapshot) as MergeSnapshot;
    const kept = await tx.incident.findUnique({ where: { id: merge.keptId } });
    const dropped = await tx.incident.findUnique({ where: { id: merge.droppedId }, select: SNAPSHOT_SELECT });
    if (!kept || !dropped) return { ok: false, status: 404, message: 'The merged incidents no longer exist.' };
    if (dropped.status !== 'merged') return { ok: false, status: 409, message: 'The dropped incident is no longer merged.' };

    const restorable = (Object.keys(snapshot.before) as MergeColumn[]).filter((c) => kept[c] === snapshot.after[c]);
    const restore = Object.fromEntries(restorable.map((c) => [c, snapshot.before[c]]));
    const batch = `unmerge:${merge.id}`;
    if (restorable.length) {
      const keptAfter = await tx.incident.update({ where: { id: kept.id }, data: restore as Prisma.IncidentUncheckedUpdateInput, select: SNAPSHOT_SELECT });
      await applyIncidentDelta(tx, kept, keptAfter);
    }
    if (snapshot.movedArticleIds.length) {
      await tx.incidentSource.deleteMany({ where: { incidentId: kept.id, articleId: { in: snapshot.movedArticleIds } } });
    }
    if (snapshot.addedTags.length) await tx.incidentTag.deleteMany({ where: { incidentId: kept.id, tag: { in: snapshot.addedTags } } });
    const droppedAfter = await tx.incident.update({ where: { id: merge.droppedId }, data: { status: snapshot.droppedStatus, mergedIntoId: null }, select: SNAPSHOT_SELECT });
    await applyIncidentDelta(tx, dropped, droppedAfter);
    await tx.incidentMerge.update({ where: { id: merge.id }, data: { undoneAt: new Date(), undoneBy: actor.email } });

    await writeAudit(tx, actor, 'unmerge', kept.id, [
      { field: 'mergedFrom', before: `#${merge.droppedId}`, after: null },
      ...restorable.map((c) => ({ field: c, before: auditValue(kept[c]), after: auditValue(snapshot.before[c]) })),
      ...snapshot.movedArticleIds.map((id) => ({ field: 'source', before: `article #${id}`, after: null })),
      ...snapshot.addedTags.map((tag) => ({ field: 'tag', before: tag, after: null })),
    ], batch);
    await writeAudit(tx, actor, 'unmerge', merge.droppedId, [
      { field: 'status', before: 'merged', after: snapshot.droppedStatus },
      { field: 'mergedInto', before: `#${merge.keptId}`, after: null },
    ], batch);
    return { ok: true };
  });
}
