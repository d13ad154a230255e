import L from 'leaflet';
import { TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';
import type { MapMarker } from '@/lib/markers/types';
import styles from './incident-map.module.css';

/** Which marker an icon was drawn for, so a cluster can total its children's counts by type. */
const iconMarkers = new WeakMap<L.Icon | L.DivIcon, MapMarker>();

/** The part of Leaflet.markercluster's MarkerCluster we use (its @types package is not installed). */
export type ClusterLike = { getAllChildMarkers(): L.Marker[] };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Grows gently: 1 → 22 px, 10 → ~33 px, 100 → ~44 px (capped), so big places don't hide their neighbours. */
function markerSize(count: number, isProvince: boolean): number {
  const base = Math.min(44, 22 + 11 * Math.log10(Math.max(1, count)));
  return Math.round(isProvince ? base + 12 : base);
}

/** The reader's words for markers: the `Markers` messages and the type labels (see use-marker-words.ts). */
export type MarkerWords = {
  t: (key: 'what' | 'inPlace' | 'inProvince' | 'area' | 'ring', values: Record<string, string | number>) => string;
  typeLabel: (type: IncidentType) => string;
};

/** What a screen reader and the hover title say, e.g. "Arrest / detention: 3 incidents in Hoeryong". */
export function describeMarker(marker: MapMarker, { t, typeLabel }: MarkerWords): string {
  if (marker.bounds) return t('area', { count: marker.count });
  const what = t('what', { type: typeLabel(marker.type), count: marker.count });
  return t(marker.precision === 'province' ? 'inProvince' : 'inPlace', { what, place: marker.placeLabel ?? marker.placeName });
}

export function createMarkerIcon(marker: MapMarker, selected: boolean, words: MarkerWords): L.DivIcon {
  const isProvince = marker.precision === 'province';
  const size = markerSize(marker.count, isProvince) + (selected ? 6 : 0);
  const classes = [styles.marker, isProvince ? styles.province : styles.precise, selected ? styles.selected : '']
    .filter(Boolean)
    .join(' ');
  // Leaflet makes the icon's outer div the focusable role="button"; its name comes from the content, so the
  // visible count is hidden from screen readers and a full description is given instead.
  const html =
    `<span class="${styles.dot}" style="--c:${TYPE_COLORS[marker.type]}"${selected ? ' data-selected="true"' : ''}>` +
    (marker.count > 1 ? `<span aria-hidden="true">${marker.count}</span>` : '') +
    `<span class="${styles.srOnly}">${escapeHtml(describeMarker(marker, words))}</span></span>`;
  const icon = L.divIcon({ html, className: classes, iconSize: [size, size], popupAnchor: [0, -size / 2] });
  iconMarkers.set(icon, marker);
  return icon;
}

/** Cluster icon: a ring split by incident type (conic gradient) around the total count. */
export function createClusterIcon(cluster: ClusterLike, words: MarkerWords): L.DivIcon {
  const byType = new Map<IncidentType, number>();
  let total = 0;
  for (const child of cluster.getAllChildMarkers()) {
    const marker = child.options.icon ? iconMarkers.get(child.options.icon) : undefined;
    const count = marker?.count ?? 1;
    total += count;
    if (marker) byType.set(marker.type, (byType.get(marker.type) ?? 0) + count);
  }
  return createRingIcon(byType, total, 'nearby', words);
}

/** A server cell of several places (a marker with `byType` and `bounds`): the same ring as a cluster. */
export function createAreaIcon(marker: MapMarker, words: MarkerWords): L.DivIcon {
  const byType = new Map<IncidentType, number>();
  for (const [type, count] of Object.entries(marker.byType ?? { [marker.type]: marker.count })) byType.set(type as IncidentType, count);
  return createRingIcon(byType, marker.count, 'area', words);
}

function createRingIcon(byType: Map<IncidentType, number>, total: number, where: 'nearby' | 'area', { t, typeLabel }: MarkerWords): L.DivIcon {
  let start = 0;
  const stops: string[] = [];
  const parts: string[] = [];
  for (const [type, count] of [...byType].sort((a, b) => b[1] - a[1])) {
    const end = start + (count / total) * 100;
    stops.push(`${TYPE_COLORS[type]} ${start.toFixed(1)}% ${end.toFixed(1)}%`);
    parts.push(`${count} ${typeLabel(type)}`);
    start = end;
  }
  const ring = stops.length ? `conic-gradient(${stops.join(',')})` : '#6b6b6b';
  const size = Math.round(Math.min(52, 32 + 8 * Math.log10(total)));
  const label = t('ring', { total, where, parts: parts.join(', ') });
  return L.divIcon({
    html: `<span class="${styles.clusterRing}" style="background:${ring}" title="${escapeHtml(label)}"><span aria-hidden="true">${total}</span><span class="${styles.srOnly}">${label}</span></span>`,
    className: styles.cluster,
    iconSize: [size, size],
  });
}
