import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/roles';
import { applyIncidentDelta, SNAPSHOT_SELECT } from '@/lib/incidents/aggregates';
import { EDITABLE_FIELDS, formatLockedFields } from '@/lib/incidents/locked-fields';
import { slugify } from '@/lib/incidents/slugify';
import { deriveIncidentColumns } from '@/lib/incidents/to-incident-row';
import { auditValue, writeAudit, type Tx } from './audit';
import type { NewIncident } from './new-incident-schema';

async function resolveArticle(tx: Tx, source: NewIncident['source']): Promise<{ id: number; title: string } | null> {
  if ('articleId' in source) return tx.article.findUnique({ where: { id: source.articleId }, select: { id: true, title: true } });
  if (source.url) {
    const known = await tx.article.findUnique({ where: { url: source.url }, select: { id: true, title: true } });
    if (known) return known;
  }
  const slug = slugify(source.outlet);
  const outlet = await tx.outlet.upsert({ where: { slug }, update: {}, create: { slug, name: source.outlet } });
  // A citation has no text: its hash is of the citation itself, so the same citation twice is one article.
  const contentHash = createHash('sha256').update(`citation\n${source.outlet}\n${source.title}\n${source.url ?? ''}`).digest('hex');
  return tx.article.upsert({
    where: { contentHash },
    update: {},
    create: { title: source.title, url: source.url, publishedAt: source.publishedAt, publishedPrecision: source.publishedAt ? 'day' : 'unknown', contentHash, outletId: outlet.id },
    select: { id: true, title: true },
  });
}

/** Adds a person's incident: `reviewed` at once, its creator recorded, every field audited, one transaction. */
export async function addIncident(input: NewIncident, actor: Actor): Promise<{ ok: true; id: number } | { ok: false; message: string }> {
  return prisma.$transaction(async (tx) => {
    const article = await resolveArticle(tx, input.source);
    if (!article) return { ok: false, message: 'No such article.' };
    const place = input.place ?? { placeName: null, admin1: null, country: null, lat: null, lon: null, locationPrecision: 'unknown' as const };
    const fields = { type: input.type, summary: input.summary, tags: [...new Set(input.tags)], actors: input.actors, evidence: '', confidence: 1, ...input.date, ...place };
    const now = new Date();
    const created = await tx.incident.create({
      data: {
        type: fields.type,
        summary: fields.summary,
        actors: fields.actors.join(','),
        date: fields.date,
        datePrecision: fields.datePrecision,
        placeName: fields.placeName,
        admin1: fields.admin1,
        country: fields.country,
        lat: fields.lat,
        lon: fields.lon,
        locationPrecision: fields.locationPrecision,
        confidence: 1,
        status: 'reviewed',
        createdBy: actor.email,
        reviewedBy: actor.email,
        reviewedAt: now,
        lockedFields: formatLockedFields(EDITABLE_FIELDS),
        ...deriveIncidentColumns(fields, [article.title]),
        sources: { create: { articleId: article.id } },
        tags: { create: fields.tags.map((tag) => ({ tag })) },
      },
      select: { id: true, ...SNAPSHOT_SELECT },
    });
    await applyIncidentDelta(tx, null, created);
    const columns = ['type', 'summary', 'tags', 'actors', 'date', 'datePrecision', 'placeName', 'admin1', 'country', 'lat', 'lon', 'locationPrecision'] as const;
    await writeAudit(tx, actor, 'add', created.id, [
      { field: 'status', before: null, after: 'reviewed' },
      { field: 'source', before: null, after: `article #${article.id}` },
      ...columns.map((c) => ({ field: c, before: null, after: auditValue(fields[c]) })),
    ]);
    return { ok: true, id: created.id };
  });
}

/** The most recent articles, for the "existing article" choice. */
export async function listRecentArticles(limit = 100) {
  return prisma.article.findMany({ orderBy: { id: 'desc' }, take: limit, select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } } });
}
