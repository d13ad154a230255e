const MAX_URL_LENGTH = 2048;

/**
 * An article URL fit to store and render as a link: absolute http(s) only, with no credentials. Anything
 * else (`javascript:`, `data:`, `file:`, a relative path, garbage) gives null, so no link is stored at all.
 */
export function toSafeArticleUrl(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text || text.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  // Stored as written (it is the key a re-ingest of the same page matches on), unless it hides whitespace or controls.
  return /[\s\u0000-\u001f\u007f]/.test(text) ? url.href : text;
}
