import 'server-only';

/** Optional online tiles, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`; the map never needs them. */
export function getTileUrl(): string | null {
  const url = process.env.TILE_URL?.trim();
  return url && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}
