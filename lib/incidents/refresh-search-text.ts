import type { PrismaClient } from '@/generated/prisma/client';
import type { DatePrecision } from '@/lib/taxonomy';
import { deriveIncidentColumns } from './to-incident-row';

const PAGE = 1000;

/**
 * Recomputes every incident's search text from its fields, its sources' titles and the gazetteer (after a
 * gazetteer change or on a database written before place spellings were indexed). Returns how many changed.
 */
export async function refreshSearchText(prisma: PrismaClient): Promise<number> {
  let changed = 0;
  let cursor = 0;
  for (;;) {
    const rows = await prisma.incident.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: {
        id: true, summary: true, date: true, datePrecision: true, placeName: true, admin1: true, searchText: true,
        sources: { select: { article: { select: { title: true } } } },
      },
    });
    if (rows.length === 0) return changed;
    const updates = rows.flatMap((row) => {
      const titles = row.sources.map((s) => s.article.title);
      const { searchText } = deriveIncidentColumns({ ...row, datePrecision: row.datePrecision as DatePrecision }, titles);
      return searchText === row.searchText ? [] : [prisma.incident.update({ where: { id: row.id }, data: { searchText } })];
    });
    if (updates.length) await prisma.$transaction(updates);
    changed += updates.length;
    cursor = rows[rows.length - 1].id;
  }
}
