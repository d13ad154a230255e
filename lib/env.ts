import 'server-only';

/** Optional online tiles, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`; the map never needs them. */
export function getTileUrl(): string | null {
  const url = process.env.TILE_URL?.trim();
  return url && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}

/**
 * The credit line the tile provider requires (e.g. `© OpenStreetMap contributors`), from TILE_ATTRIBUTION.
 * Plain text: it is escaped, since Leaflet draws attributions as HTML.
 */
export function getTileAttribution(): string | null {
  const text = process.env.TILE_ATTRIBUTION?.trim().slice(0, 300);
  if (!text) return null;
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
