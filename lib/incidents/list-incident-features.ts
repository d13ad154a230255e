import 'server-only';
import { prisma } from '@/lib/db';
import { buildIncidentWhere } from './build-where';
import type { IncidentFilter } from './filter';
import { DETAIL_SELECT, toIncidentDetail, type DetailRow } from './incident-dto';

export type IncidentFeature = {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
};

/**
 * A page of incidents as GeoJSON features, by descending id; `cursor` is the last id of the previous page,
 * which stays stable while new incidents arrive (unlike an offset).
 */
export async function listIncidentFeatures(filter: IncidentFilter, limit: number, cursor?: number) {
  const rows = await prisma.incident.findMany({
    where: { AND: [buildIncidentWhere(filter), ...(cursor ? [{ id: { lt: cursor } }] : [])] },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: DETAIL_SELECT,
  });
  const page = rows.slice(0, limit);
  const features: IncidentFeature[] = page.map((r) => ({
    type: 'Feature',
    id: r.id,
    geometry: r.lat !== null && r.lon !== null ? { type: 'Point', coordinates: [r.lon, r.lat] } : null,
    properties: toFeatureProperties(r),
  }));
  return { features, nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}

/** The API's feature properties: the detail without the id (the feature carries it). */
function toFeatureProperties(row: DetailRow): Record<string, unknown> {
  const { id, ...properties } = toIncidentDetail(row);
  void id;
  return properties;
}
