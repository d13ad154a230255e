import { findProvince } from '@/lib/geo/provinces';
import { TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';
import type { MapMarker } from '@/lib/markers/types';

/**
 * Province slug → colour of the type with most province-precision incidents there. Shading the whole
 * province says "somewhere in here", so a province-level marker is not read as a precise location.
 */
export function getShadedProvinces(markers: readonly MapMarker[]): Map<string, string> {
  const counts = new Map<string, Map<IncidentType, number>>();
  for (const m of markers) {
    if (m.precision !== 'province') continue;
    const province = findProvince(m.admin1 ?? m.placeName);
    if (!province) continue;
    const byType = counts.get(province.slug) ?? new Map<IncidentType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + m.count);
    counts.set(province.slug, byType);
  }
  const shaded = new Map<string, string>();
  for (const [slug, byType] of counts) {
    const [top] = [...byType].sort((a, b) => b[1] - a[1]);
    shaded.set(slug, TYPE_COLORS[top[0]]);
  }
  return shaded;
}
