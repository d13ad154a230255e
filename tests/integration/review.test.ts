// Review actions on a real database: each writes its audit rows in the same transaction as its change,
// and a re-ingest after edits, rejections and merges keeps every one of them.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/roles';
import type { ArticleToSave, saveArticle as SaveArticle } from '@/lib/incidents/save-article';
import type { decideIncidents as DecideIncidents } from '@/lib/review/decide-incidents';
import type { editIncident as EditIncident } from '@/lib/review/edit-incident';
import type { mergeIncidents as MergeIncidents } from '@/lib/review/merge-incidents';
import type { undoMerge as UndoMerge } from '@/lib/review/undo-merge';
import { extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import { readPlainText } from '@/lib/ingest/read/read-plain-text';
import { createFreshDatabase } from '../support/fresh-database';

const editor: Actor = { id: 'user-1', email: 'ed@example.org', name: 'Ed', role: 'editor' };

function article(file: string, url: string, version: string, tweak?: (text: string) => string): ArticleToSave {
  const text = (tweak ?? ((t: string) => t))(readFileSync(file, 'utf8'));
  const parsed = readPlainText(text, file);
  return { title: parsed.title, outlet: 'Test Outlet', url, publishedAt: parsed.publishedAt, contentHash: `${url}#${version}`, text: parsed.body, sourcePath: file, incidents: extractIncidents(parsed) };
}
const A = (v: string, tweak?: (t: string) => string) => article('tests/fixtures/review/wiyon-a.txt', 'https://example.org/a', v, tweak);
const B = (v: string, tweak?: (t: string) => string) => article('tests/fixtures/review/wiyon-b.txt', 'https://example.org/b', v, tweak);

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let m: { save: typeof SaveArticle; decide: typeof DecideIncidents; edit: typeof EditIncident; merge: typeof MergeIncidents; undo: typeof UndoMerge };

beforeAll(async () => {
  db = createFreshDatabase('review');
  prisma = (await import('@/lib/db')).prisma;
  m = {
    save: (await import('@/lib/incidents/save-article')).saveArticle,
    decide: (await import('@/lib/review/decide-incidents')).decideIncidents,
    edit: (await import('@/lib/review/edit-incident')).editIncident,
    merge: (await import('@/lib/review/merge-incidents')).mergeIncidents,
    undo: (await import('@/lib/review/undo-merge')).undoMerge,
  };
});

afterAll(async () => {
  await prisma.$disconnect();
  db.remove();
});

async function incidentsOf(url: string) {
  return prisma.incident.findMany({ where: { sources: { some: { article: { url } } } }, include: { sources: true, tags: true }, orderBy: { id: 'asc' } });
}

/** Makes the next transaction's audit write fail, as a crash between change and record would. */
function failNextAuditWrite() {
  const original = prisma.$transaction.bind(prisma);
  const spy = vi.spyOn(prisma, '$transaction').mockImplementationOnce(((fn: (tx: unknown) => unknown) =>
    original(async (tx) => {
      const broken = new Proxy(tx, {
        get: (target, key) => (key === 'auditLog' ? { createMany: () => Promise.reject(new Error('audit write failed')), create: () => Promise.reject(new Error('audit write failed')) } : Reflect.get(target, key)),
      });
      return fn(broken);
    })) as never);
  return spy;
}

describe('review actions', () => {
  it('approve and reject write who, when, field, before and after', async () => {
    await m.save(prisma, A('v1'));
    const [arrest, lecture] = await incidentsOf('https://example.org/a');
    expect(await m.decide([lecture.id], 'reviewed', editor)).toEqual([lecture.id]);
    expect(await m.decide([arrest.id], 'rejected', editor)).toEqual([arrest.id]);
    const rows = await prisma.auditLog.findMany({ where: { incidentId: { in: [arrest.id, lecture.id] }, actor: editor.email }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.incidentId, r.action, r.field, r.before, r.after, r.userId])).toEqual([
      [lecture.id, 'approve', 'status', 'auto', 'reviewed', editor.id],
      [arrest.id, 'reject', 'status', 'auto', 'rejected', editor.id],
    ]);
    expect((await prisma.incident.findUnique({ where: { id: lecture.id } }))!.reviewedBy).toBe(editor.email);
    // Put the arrest back for the next tests.
    await m.decide([arrest.id], 'reviewed', editor);
  });

  it('a failed audit write rolls the change back (same transaction)', async () => {
    const [arrest] = await incidentsOf('https://example.org/a');
    const before = await prisma.incident.findUniqueOrThrow({ where: { id: arrest.id } });
    failNextAuditWrite();
    await expect(m.edit(arrest.id, { summary: 'Changed without a record.' }, editor)).rejects.toThrow('audit write failed');
    const after = await prisma.incident.findUniqueOrThrow({ where: { id: arrest.id } });
    expect(after.summary).toBe(before.summary);
    expect(after.lockedFields).toBe(before.lockedFields);
    failNextAuditWrite();
    await expect(m.decide([arrest.id], 'rejected', editor)).rejects.toThrow('audit write failed');
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: arrest.id } })).status).toBe(before.status);
  });

  it('re-ingest after an edit, a rejection and a merge keeps all three', async () => {
    await m.save(prisma, B('v1'));
    const [arrestA, lecture] = await incidentsOf('https://example.org/a');
    const [arrestB, search] = await incidentsOf('https://example.org/b');
    await m.decide([arrestA.id], 'rejected', editor);
    await m.decide([arrestA.id], 'reviewed', editor);
    // The lecture is still a machine incident, with a person's place.
    await prisma.incident.update({ where: { id: lecture.id }, data: { status: 'auto' } });
    expect(await m.edit(lecture.id, { place: { placeName: 'Hoeryong', admin1: 'North Hamgyong', country: 'KP', lat: 42.44, lon: 129.75, locationPrecision: 'city' } }, editor)).toBe('edited');
    expect(await m.decide([search.id], 'rejected', editor)).toEqual([search.id]);
    const merged = await m.merge(arrestA.id, arrestB.id, editor);
    expect(merged.ok).toBe(true);
    const editRows = await prisma.auditLog.findMany({ where: { incidentId: lecture.id, action: 'edit' } });
    expect(editRows.find((r) => r.field === 'placeName')).toMatchObject({ before: 'Hyesan', after: 'Hoeryong', actor: editor.email });

    // Both outlets edit their articles; the machine would now say something else about every incident.
    const reword = (t: string) => t.replace('told our reporter', 'told this outlet').replace('according to a resident', 'a resident said');
    await m.save(prisma, A('v2', reword));
    await m.save(prisma, B('v2', reword));

    const lectureNow = await prisma.incident.findUniqueOrThrow({ where: { id: lecture.id } });
    expect(lectureNow).toMatchObject({ placeName: 'Hoeryong', lat: 42.44, lockedFields: 'place', status: 'auto' });
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: search.id } })).status).toBe('rejected');
    expect(await prisma.incident.findUniqueOrThrow({ where: { id: arrestB.id } })).toMatchObject({ status: 'merged', mergedIntoId: arrestA.id });
    const keptSources = await prisma.incidentSource.findMany({ where: { incidentId: arrestA.id } });
    expect(keptSources).toHaveLength(2);
    // No new incident came back for the merged or rejected ones.
    const visible = await prisma.incident.findMany({ where: { status: { in: ['auto', 'reviewed'] }, sources: { some: { article: { url: { in: ['https://example.org/a', 'https://example.org/b'] } } } } } });
    expect(visible.map((i) => i.id).sort()).toEqual([arrestA.id, lecture.id].sort());
  });

  it('undoing a merge restores both incidents and records it', async () => {
    const merge = await prisma.incidentMerge.findFirstOrThrow({ where: { undoneAt: null } });
    expect(await m.undo(merge.id, editor)).toEqual({ ok: true });
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: merge.droppedId } })).status).toBe('auto');
    expect(await prisma.incidentSource.count({ where: { incidentId: merge.keptId } })).toBe(1);
    const rows = await prisma.auditLog.findMany({ where: { batch: `unmerge:${merge.id}` } });
    expect(rows.map((r) => r.incidentId)).toEqual(expect.arrayContaining([merge.keptId, merge.droppedId]));
    expect(await m.undo(merge.id, editor)).toMatchObject({ ok: false, status: 409 });
  });
});
