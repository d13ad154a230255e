import 'server-only';
import { prisma } from '@/lib/db';
import { DETAIL_SELECT, toIncidentDetail, type IncidentDetail } from './incident-dto';

/**
 * One incident with its tags and sources, or null (also for a merged one, which lives on as a source of the
 * incident it was merged into). A rejected one is returned, marked by its status: the dashboard lists it when a
 * filter asks (`status=rejected`), and its link must still open.
 */
export async function getIncident(id: number): Promise<IncidentDetail | null> {
  const row = await prisma.incident.findUnique({ where: { id }, select: DETAIL_SELECT });
  if (!row || row.status === 'merged') return null;
  return toIncidentDetail(row);
}
