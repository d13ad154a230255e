import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { IncidentFields } from './incident-fields';
import type { IncidentStatus } from '@/lib/taxonomy';
import { applyIncidentDeltas, SNAPSHOT_SELECT, type IncidentChange, type IncidentSnapshot } from './aggregates';
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

/** Rows per statement for the look-ups and bulk inserts below (well under SQLite's bound-variable limit). */
const CHUNK = 500;

/**
 * Machine incidents are keyed by article and position, so a re-extraction lands on the same rows.
 * Writes go in bulk (one look-up, one insert of the new incidents, their sources, tags and audit lines),
 * so a long digest of 700 incidents costs a few statements instead of several thousand round trips.
 */
async function syncIncidents(tx: Tx, articleId: number, article: ArticleToSave) {
  const prefix = `article:${articleId}#`;
  const actor = article.savedBy?.email ?? 'extractor';
  const userId = article.savedBy?.id ?? null;
  const select = { id: true, fingerprint: true, ...SNAPSHOT_SELECT };
  const fingerprints = article.incidents.map((_, index) => `${prefix}${index}`);
  const known = new Map<string, KnownRow>();
  for (const chunk of chunked(fingerprints)) {
    // Ids first, then the rows by id. SQLite's statistics count the NULL fingerprints (every hand-made or
    // synthetic incident) as one value shared by all of them, so with more columns than the unique index holds it
    // planned `fingerprint IN (…)` as a scan of the whole table: ~270 ms per article at 1M. The index alone
    // answers the ids.
    const ids = await tx.incident.findMany({ where: { fingerprint: { in: chunk } }, select: { id: true } });
    if (!ids.length) continue;
    const rows = await tx.incident.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: { lockedFields: true, ...select } });
    for (const row of rows) known.set(row.fingerprint!, row);
  }
  const changes: IncidentChange[] = [];
  const written: Written[] = [];
  const creates: { fingerprint: string; incident: ArticleToSave['incidents'][number]; row: ReturnType<typeof toIncidentRow> }[] = [];
  let kept = 0;
  for (const [index, incident] of article.incidents.entries()) {
    const fingerprint = fingerprints[index];
    const before = known.get(fingerprint);
    if (before && before.status !== 'auto') {
      kept += 1; // a person's decision outranks the machine
      continue;
    }
    const row = toIncidentRow(incident, [article.title], incident.status ?? 'auto');
    if (!before) {
      creates.push({ fingerprint, incident, row });
      continue;
    }
    const locked = parseLockedFields(before.lockedFields);
    const after = await tx.incident.update({ where: { id: before.id }, data: withoutLockedColumns(row, locked), select });
    changes.push({ before, after });
    written.push({ id: after.id, incident, replaceTags: !locked.has('tags'), audit: { action: 'reextract', field: null, after: incident.type } });
  }
  const createdBy = article.savedBy?.email ?? null;
  for (const chunk of chunked(creates)) {
    const rows = await tx.incident.createManyAndReturn({ data: chunk.map(({ fingerprint, row }) => ({ ...row, fingerprint, createdBy })), select });
    const byFingerprint = new Map(rows.map((r) => [r.fingerprint!, r]));
    for (const { fingerprint, incident, row } of chunk) {
      const after = byFingerprint.get(fingerprint)!;
      changes.push({ before: null, after });
      written.push({ id: after.id, incident, replaceTags: true, audit: { action: 'ingest', field: 'status', after: row.status } });
    }
    await tx.incidentSource.createMany({ data: rows.map((r) => ({ incidentId: r.id, articleId })) });
  }
  await writeTagsAndAudit(tx, written, actor, userId);
  // A shorter re-extraction: machine incidents past the new end go; reviewed or hand-edited ones stay. Found
  // through the article's sources (indexed by articleId): a prefix LIKE on the fingerprint can use no index on
  // either database (SQLite's LIKE ignores case; PostgreSQL's needs the C collation) and read all 1M rows for
  // every article ingested, 1.3 s each on PostgreSQL. The sources are read on their own, then their incidents by
  // id: asked as one statement (`EXISTS` on the sources), SQLite walked its status index over every 'auto'
  // incident instead, ~320 ms per article at 1M.
  const sourced = await tx.incidentSource.findMany({ where: { articleId }, select: { incidentId: true } });
  const stale: (IncidentSnapshot & { id: number; fingerprint: string | null })[] = [];
  for (const chunk of chunked(sourced.map((s) => s.incidentId))) {
    stale.push(...(await tx.incident.findMany({ where: { id: { in: chunk }, fingerprint: { startsWith: prefix }, status: 'auto', lockedFields: '' }, select })));
  }
  const gone = stale.filter((s) => Number(s.fingerprint!.slice(prefix.length)) >= article.incidents.length);
  if (gone.length) await tx.incident.deleteMany({ where: { id: { in: gone.map((s) => s.id) } } });
  for (const before of gone) changes.push({ before, after: null });
  // Same transaction as the writes above: the counts can never disagree with the rows.
  await applyIncidentDeltas(tx, changes);
  return { added: creates.length, kept };
}

type KnownRow = IncidentSnapshot & { id: number; fingerprint: string | null; lockedFields: string };
type Written = {
  id: number;
  incident: ArticleToSave['incidents'][number];
  replaceTags: boolean;
  audit: { action: 'ingest' | 'reextract'; field: string | null; after: string };
};

/** Each written incident's tags (unless a person locked them) and its audit line, in bulk. */
async function writeTagsAndAudit(tx: Tx, written: Written[], actor: string, userId: string | null) {
  for (const chunk of chunked(written)) {
    const retagged = chunk.filter((w) => w.replaceTags);
    await tx.incidentTag.deleteMany({ where: { incidentId: { in: retagged.map((w) => w.id) } } });
    const tags = retagged.flatMap((w) => [...new Set(w.incident.tags)].map((tag) => ({ incidentId: w.id, tag })));
    if (tags.length) await tx.incidentTag.createMany({ data: tags });
    await tx.auditLog.createMany({ data: chunk.map((w) => ({ incidentId: w.id, ...w.audit, actor, userId })) });
  }
}

function chunked<T>(items: T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  return chunks;
}
