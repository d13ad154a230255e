/** Rendered PNGs by fingerprint, newest last; a bounded map so memory stays small (~100 × 60 KB). */
const MAX_ENTRIES = 100;
const images = new Map<string, ArrayBuffer>();

export function getCachedPreview(key: string): ArrayBuffer | undefined {
  const hit = images.get(key);
  if (hit) {
    images.delete(key);
    images.set(key, hit);
  }
  return hit;
}

export function storeCachedPreview(key: string, png: ArrayBuffer): void {
  images.set(key, png);
  if (images.size > MAX_ENTRIES) images.delete(images.keys().next().value!);
}
