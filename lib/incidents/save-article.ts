import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { IncidentFields } from './incident-fields';
import type { IncidentStatus } from '@/lib/taxonomy';
import { applyIncidentDeltas, SNAPSHOT_SELECT, type IncidentChange } from './aggregates';
import { parseLockedFields, withoutLockedColumns } from './locked-fields';
import { slugify } from './slugify';
import { toIncidentRow } from './to-incident-row';

export type ArticleToSave = {
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  contentHash: string;
  text: string | null;
  sourcePath: string | null;
  incidents: (IncidentFields & { status?: IncidentStatus })[];
  /** Who saved it from the browser (paste an article); the command line is the extractor. */
  savedBy?: { id: string; email: string } | null;
};

export type SaveOutcome = 'new' | 'updated' | 'unchanged';
export type SaveResult = { articleId: number; outcome: SaveOutcome; incidentsAdded: number; incidentsKept: number };

type Tx = Prisma.TransactionClient;

/**
 * Stores one article and its incidents in one transaction.
 * - Same content as a stored article: nothing changes.
 * - Same URL, new content (the outlet edited it): the article is updated and its machine incidents are
 *   extracted again; incidents a person reviewed, rejected or merged are kept exactly as they are, and the
 *   fields a person edited on a machine incident (`lockedFields`) are never overwritten.
 */
export async function saveArticle(prisma: PrismaClient, article: ArticleToSave): Promise<SaveResult> {
  return prisma.$transaction(async (tx) => {
    const same = await tx.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
    if (same) return { articleId: same.id, outcome: 'unchanged', incidentsAdded: 0, incidentsKept: 0 };

    const outletId = article.outlet ? (await upsertOutlet(tx, article.outlet)).id : null;
    const data = {
      title: article.title,
      publishedAt: article.publishedAt,
      publishedPrecision: article.publishedAt ? 'day' : 'unknown',
      contentHash: article.contentHash,
      text: article.text,
      sourcePath: article.sourcePath,
      outletId,
    };
    const previous = article.url ? await tx.article.findUnique({ where: { url: article.url }, select: { id: true } }) : null;
    const saved = previous
      ? await tx.article.update({ where: { id: previous.id }, data })
      : await tx.article.create({ data: { ...data, url: article.url } });
    const { added, kept } = await syncIncidents(tx, saved.id, article);
    return { articleId: saved.id, outcome: previous ? 'updated' : 'new', incidentsAdded: added, incidentsKept: kept };
  });
}

function upsertOutlet(tx: Tx, name: string) {
  const slug = slugify(name);
  return tx.outlet.upsert({ where: { slug }, update: {}, create: { slug, name } });
}

/** Machine incidents are keyed by article and position, so a re-extraction lands on the same rows. */
async function syncIncidents(tx: Tx, articleId: number, article: ArticleToSave) {
  const prefix = `article:${articleId}#`;
  const actor = article.savedBy?.email ?? 'extractor';
  let added = 0;
  let kept = 0;
  const changes: IncidentChange[] = [];
  for (const [index, incident] of article.incidents.entries()) {
    const fingerprint = `${prefix}${index}`;
    const known = await tx.incident.findUnique({ where: { fingerprint }, select: { id: true, lockedFields: true, ...SNAPSHOT_SELECT } });
    if (known && known.status !== 'auto') {
      kept += 1; // a person's decision outranks the machine
      continue;
    }
    const locked = parseLockedFields(known?.lockedFields ?? '');
    const row = toIncidentRow(incident, [article.title], incident.status ?? 'auto');
    const select = { id: true, ...SNAPSHOT_SELECT };
    const stored = known
      ? await tx.incident.update({ where: { id: known.id }, data: withoutLockedColumns(row, locked), select })
      : await tx.incident.create({
          data: { ...row, fingerprint, createdBy: article.savedBy?.email ?? null, sources: { create: { articleId } } },
          select,
        });
    changes.push({ before: known, after: stored });
    if (!locked.has('tags')) {
      await tx.incidentTag.deleteMany({ where: { incidentId: stored.id } });
      const tags = [...new Set(incident.tags)];
      if (tags.length) await tx.incidentTag.createMany({ data: tags.map((tag) => ({ incidentId: stored.id, tag })) });
    }
    await tx.auditLog.create({
      data: {
        incidentId: stored.id,
        action: known ? 'reextract' : 'ingest',
        field: known ? null : 'status',
        after: known ? incident.type : row.status,
        actor,
        userId: article.savedBy?.id ?? null,
      },
    });
    if (!known) added += 1;
  }
  // A shorter re-extraction: machine incidents past the new end go; reviewed or hand-edited ones stay.
  const stale = await tx.incident.findMany({
    where: { fingerprint: { startsWith: prefix }, status: 'auto', lockedFields: '' },
    select: { id: true, fingerprint: true, ...SNAPSHOT_SELECT },
  });
  const gone = stale.filter((s) => Number(s.fingerprint!.slice(prefix.length)) >= article.incidents.length);
  if (gone.length) await tx.incident.deleteMany({ where: { id: { in: gone.map((s) => s.id) } } });
  for (const before of gone) changes.push({ before, after: null });
  // Same transaction as the writes above: the counts can never disagree with the rows.
  await applyIncidentDeltas(tx, changes);
  return { added, kept };
}
