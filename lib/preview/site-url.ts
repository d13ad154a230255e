/**
 * The site's public origin, for absolute link-preview URLs: `SITE_URL` when set (what users reach, e.g. behind
 * a proxy), otherwise this server on localhost.
 */
export function getSiteUrl(): URL {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      console.warn(`SITE_URL is not a URL (${JSON.stringify(configured)}); using localhost`);
    }
  }
  return new URL(`http://localhost:${process.env.PORT ?? 3000}`);
}
