import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { findKoreanPlaceName } from '@/lib/geo/place-names';
import { buildIncidentWhere } from '@/lib/incidents/build-where';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { DETAIL_SELECT, toIncidentDetail } from '@/lib/incidents/incident-dto';
import type { ExportRecord } from './export-record';

export const EXPORT_PAGE_SIZE = 500;

/** Audit actions written by the machine; any other action is a person's, whose name is the reviewer. */
const MACHINE_ACTIONS = ['ingest', 'reextract'];

/**
 * Every incident matching the filter, one keyset page at a time (by descending id, the API's order), so
 * memory holds one page however large the set is. `permalinkBase` is the site origin.
 */
export async function* readExportPages(
  filter: IncidentFilter,
  permalinkBase: string,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportRecord[]> {
  const where = buildIncidentWhere(filter);
  let cursor: number | null = null;
  for (;;) {
    const rows = await readPage(where, cursor, pageSize);
    if (rows.length === 0) return;
    yield rows.map((r) => toExportRecord(r, permalinkBase));
    if (rows.length < pageSize) return;
    cursor = rows[rows.length - 1].id;
  }
}

function readPage(where: Prisma.IncidentWhereInput, cursor: number | null, pageSize: number) {
  return prisma.incident.findMany({
    where: cursor === null ? where : { AND: [where, { id: { lt: cursor } }] },
    orderBy: { id: 'desc' },
    take: pageSize,
    select: {
      ...DETAIL_SELECT,
      audit: {
        where: { action: { notIn: MACHINE_ACTIONS } },
        orderBy: { id: 'desc' },
        take: 1,
        select: { actor: true },
      },
    },
  });
}

type PageRow = Awaited<ReturnType<typeof readPage>>[number];

function toExportRecord(r: PageRow, permalinkBase: string): ExportRecord {
  return {
    ...toIncidentDetail(r),
    placeNameKorean: findKoreanPlaceName(r.placeName, r.admin1),
    reviewer: r.audit[0]?.actor ?? null,
    permalink: `${permalinkBase}/incidents/${r.id}`,
  };
}
