// Test helper for the e2e suite: puts a test's own incidents into the e2e server's database, and takes
// them out again, through the same code the app writes with (saveArticle keeps the aggregates in step).
//   tsx tests/support/e2e-seed.ts load <fixture.json>      → prints {"articles":n,"incidents":n}
//   tsx tests/support/e2e-seed.ts remove-outlet <slug>     → removes that outlet's articles and incidents
//   tsx tests/support/e2e-seed.ts remove-file <name>       → removes articles ingested from a file so named
// DATABASE_URL names the database (the e2e specs pass theirs).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { rebuildAggregates } from '@/lib/incidents/aggregates';
import type { IncidentFields } from '@/lib/incidents/incident-fields';
import { saveArticle } from '@/lib/incidents/save-article';
import type { IncidentStatus } from '@/lib/taxonomy';

type FixtureArticle = {
  key: string;
  outlet: string;
  title: string;
  publishedAt: string | null;
  incidents: (Omit<IncidentFields, 'evidence'> & { status: IncidentStatus })[];
};

async function loadFixture(prisma: PrismaClient, file: string) {
  const { articles } = JSON.parse(readFileSync(file, 'utf8')) as { articles: FixtureArticle[] };
  let incidents = 0;
  for (const a of articles) {
    const result = await saveArticle(prisma, {
      title: a.title,
      outlet: a.outlet,
      url: null,
      publishedAt: a.publishedAt,
      contentHash: createHash('sha256').update(`e2e-fixture:${a.key}`).digest('hex'),
      text: null,
      sourcePath: null,
      incidents: a.incidents.map((i) => ({ ...i, evidence: '' })),
    });
    incidents += result.incidentsAdded;
  }
  return { articles: articles.length, incidents };
}

/** Deletes the articles and every incident sourced only from them, then recounts the aggregates. */
async function removeArticles(prisma: PrismaClient, articleIds: number[]) {
  const sources = await prisma.incidentSource.findMany({ where: { articleId: { in: articleIds } }, select: { incidentId: true } });
  const candidates = [...new Set(sources.map((s) => s.incidentId))];
  const shared = await prisma.incidentSource.findMany({
    where: { incidentId: { in: candidates }, articleId: { notIn: articleIds } },
    select: { incidentId: true },
  });
  const keep = new Set(shared.map((s) => s.incidentId));
  const gone = candidates.filter((id) => !keep.has(id));
  await prisma.$transaction([
    prisma.incident.deleteMany({ where: { id: { in: gone } } }),
    prisma.article.deleteMany({ where: { id: { in: articleIds } } }),
  ]);
  // A bulk delete goes around applyIncidentDelta: recount, as rebuildAggregates is there for.
  await rebuildAggregates(prisma);
  return { articles: articleIds.length, incidents: gone.length };
}

async function main() {
  const [command, arg] = process.argv.slice(2);
  if (!arg) throw new Error('usage: e2e-seed.ts load <file> | remove-outlet <slug> | remove-file <name>');
  const prisma = createPrismaClient();
  try {
    if (command === 'load') return console.log(JSON.stringify(await loadFixture(prisma, arg)));
    const where = command === 'remove-outlet' ? { outlet: { slug: arg } } : command === 'remove-file' ? { sourcePath: { endsWith: arg } } : null;
    if (!where) throw new Error(`unknown command ${command}`);
    const articles = await prisma.article.findMany({ where, select: { id: true } });
    console.log(JSON.stringify(await removeArticles(prisma, articles.map((a) => a.id))));
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
