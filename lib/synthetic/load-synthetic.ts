import type { PrismaClient } from '@/generated/prisma/client';
import { databaseKind } from '@/lib/db/database-url';
import { rebuildAggregates } from '@/lib/incidents/aggregates';
import { openBulkWriter, type BulkWriter, type Row } from './bulk-writer';
import { makeIncident } from './make-incident';
import { createRandom, type Random } from './random';

export type SyntheticOptions = {
  incidents: number;
  seed?: number;
  /** Incidents per transaction. */
  batch?: number;
  onProgress?: (done: number) => void;
};

const OUTLETS = ['Daily NK', 'NK Times', 'Radio Free Asia', 'Asia Press', 'NK News', 'Yonhap'];
const INCIDENTS_PER_ARTICLE = 4;

type Start = { incident: number; article: number; outletIds: number[]; now: Date };

/**
 * Appends `incidents` synthetic incidents (and their articles, sources and tags) to the database, in
 * batched transactions, then recomputes the aggregate tables once. Ids are assigned here, after the
 * highest existing ones, so rows of a batch can reference each other without a round trip.
 */
export async function loadSynthetic(prisma: PrismaClient, url: string, options: SyntheticOptions): Promise<void> {
  const outletIds = await Promise.all(
    OUTLETS.map(async (name) => {
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      return (await prisma.outlet.upsert({ where: { slug }, update: {}, create: { slug, name } })).id;
    }),
  );
  const start: Start = {
    incident: ((await prisma.incident.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1,
    article: ((await prisma.article.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1,
    outletIds,
    now: new Date(),
  };
  const writer = await openBulkWriter(url);
  try {
    await writeBatches(writer, createRandom(options.seed ?? 1), start, options);
  } finally {
    await writer.close();
  }
  if (databaseKind(url) === 'postgresql') await advanceSequences(prisma);
  await rebuildAggregates(prisma);
  await analyzeTables(prisma);
}

/**
 * Refreshes the planner's statistics after a bulk load. Without them SQLite assumes every index is selective
 * and, at 1M rows, answers the map's id look-up through the status index (all rows) instead of (lat, lon);
 * PostgreSQL would wait for autovacuum. Plain `ANALYZE` on both databases.
 */
async function analyzeTables(prisma: PrismaClient) {
  await prisma.$executeRawUnsafe('ANALYZE');
}

async function writeBatches(writer: BulkWriter, r: Random, start: Start, options: SyntheticOptions) {
  // A whole number of articles per batch, so no article straddles two transactions.
  const batch = Math.ceil((options.batch ?? 5000) / INCIDENTS_PER_ARTICLE) * INCIDENTS_PER_ARTICLE;
  const today = start.now.getTime();
  for (let done = 0; done < options.incidents; done += batch) {
    const size = Math.min(batch, options.incidents - done);
    const articles = new Map<number, Row>();
    const incidents: Row[] = [];
    const sources: Row[] = [];
    const tags: Row[] = [];
    for (let i = done; i < done + size; i++) {
      const articleId = start.article + Math.floor(i / INCIDENTS_PER_ARTICLE);
      const title = `Synthetic report ${articleId}`;
      const { row, tags: incidentTags } = makeIncident(r, start.incident + i, today, title);
      if (!articles.has(articleId)) {
        articles.set(articleId, {
          id: articleId,
          outletId: r.pick(start.outletIds),
          title,
          publishedAt: row.dateEnd ?? start.now.toISOString().slice(0, 10),
          publishedPrecision: 'day',
          contentHash: `synthetic:${articleId}`,
          ingestedAt: start.now,
        });
      }
      incidents.push({ ...row, createdAt: start.now, updatedAt: start.now });
      sources.push({ incidentId: row.id, articleId });
      for (const tag of incidentTags) tags.push({ incidentId: row.id, tag });
    }
    await writer.write([
      { table: 'Article', rows: [...articles.values()] },
      { table: 'Incident', rows: incidents },
      { table: 'IncidentSource', rows: sources },
      { table: 'IncidentTag', rows: tags },
    ]);
    options.onProgress?.(done + size);
  }
}

/** PostgreSQL's serial sequences do not see explicit ids: move them past the highest id. */
async function advanceSequences(prisma: PrismaClient) {
  for (const table of ['Incident', 'Article']) {
    await prisma.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX("id") FROM "${table}"))`,
    );
  }
}
