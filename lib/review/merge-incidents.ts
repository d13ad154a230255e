import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/roles';
import { applyIncidentDelta, SNAPSHOT_SELECT } from '@/lib/incidents/aggregates';
import { auditValue, writeAudit } from './audit';
import { DATE_COLUMNS, PLACE_COLUMNS, pickMorePrecise, type MergeColumn, type MergeRow } from './merge-fields';

export type MergeSnapshot = {
  /** The kept incident's columns before and after the merge (only those the merge changed). */
  before: Partial<MergeRow>;
  after: Partial<MergeRow>;
  droppedStatus: string;
  movedArticleIds: number[];
  addedTags: string[];
};

export type MergeResult = { ok: true; mergeId: number } | { ok: false; status: 404 | 409; message: string };

const COLUMNS: MergeColumn[] = [...PLACE_COLUMNS, ...DATE_COLUMNS];
const select = { ...SNAPSHOT_SELECT, ...(Object.fromEntries([...COLUMNS, 'id'].map((c) => [c, true])) as Record<MergeColumn | 'id', true>) };

/**
 * Merges `droppedId` into `keptId` in one transaction: the kept incident gains every source and tag of the
 * other and its more precise place and date; the other becomes `merged` (hidden everywhere, kept for
 * undo). Every step is in the audit trail under one batch, and the merge row holds what undo needs.
 */
export async function mergeIncidents(keptId: number, droppedId: number, actor: Actor): Promise<MergeResult> {
  if (keptId === droppedId) return { ok: false, status: 409, message: 'An incident cannot be merged into itself.' };
  return prisma.$transaction(async (tx) => {
    const [kept, dropped] = await Promise.all([
      tx.incident.findUnique({ where: { id: keptId }, select: { ...select, sources: { select: { articleId: true } }, tags: { select: { tag: true } } } }),
      tx.incident.findUnique({ where: { id: droppedId }, select: { ...select, sources: { select: { articleId: true } }, tags: { select: { tag: true } } } }),
    ]);
    if (!kept || !dropped) return { ok: false, status: 404, message: 'No such incident.' };
    if (kept.status === 'merged' || dropped.status === 'merged') return { ok: false, status: 409, message: 'One of these incidents is already merged.' };

    const taken = pickMorePrecise(kept as MergeRow, dropped as MergeRow);
    const changed = (Object.keys(taken) as MergeColumn[]).filter((c) => taken[c] !== kept[c]);
    const before = Object.fromEntries(changed.map((c) => [c, kept[c]])) as Partial<MergeRow>;
    const after = Object.fromEntries(changed.map((c) => [c, taken[c]])) as Partial<MergeRow>;
    const keptArticles = new Set(kept.sources.map((s) => s.articleId));
    const movedArticleIds = dropped.sources.map((s) => s.articleId).filter((id) => !keptArticles.has(id));
    const keptTags = new Set(kept.tags.map((t) => t.tag));
    const addedTags = dropped.tags.map((t) => t.tag).filter((t) => !keptTags.has(t));
    const snapshot: MergeSnapshot = { before, after, droppedStatus: dropped.status, movedArticleIds, addedTags };

    const merge = await tx.incidentMerge.create({ data: { keptId, droppedId, snapshot: JSON.stringify(snapshot), byUser: actor.email } });
    const batch = `merge:${merge.id}`;
    if (changed.length) {
      const keptAfter = await tx.incident.update({ where: { id: keptId }, data: after as Prisma.IncidentUncheckedUpdateInput, select: SNAPSHOT_SELECT });
      await applyIncidentDelta(tx, kept, keptAfter);
    }
    if (movedArticleIds.length) await tx.incidentSource.createMany({ data: movedArticleIds.map((articleId) => ({ incidentId: keptId, articleId })) });
    if (addedTags.length) await tx.incidentTag.createMany({ data: addedTags.map((tag) => ({ incidentId: keptId, tag })) });
    const droppedAfter = await tx.incident.update({ where: { id: droppedId }, data: { status: 'merged', mergedIntoId: keptId }, select: SNAPSHOT_SELECT });
    await applyIncidentDelta(tx, dropped, droppedAfter);

    await writeAudit(tx, actor, 'merge', keptId, [
      { field: 'mergedFrom', before: null, after: `#${droppedId}` },
      ...changed.map((c) => ({ field: c, before: auditValue(before[c]), after: auditValue(after[c]) })),
      ...movedArticleIds.map((id) => ({ field: 'source', before: null, after: `article #${id}` })),
      ...(addedTags.length ? [{ field: 'tags', before: auditValue([...keptTags]), after: auditValue([...keptTags, ...addedTags]) }] : []),
    ], batch);
    await writeAudit(tx, actor, 'merge', droppedId, [
      { field: 'status', before: dropped.status, after: 'merged' },
      { field: 'mergedInto', before: null, after: `#${keptId}` },
    ], batch);
    return { ok: true, mergeId: merge.id };
  });
}
