/**
 * The security headers of every response, in one place so the proxy, the tests and the README agree.
 * Scripts run only with this request's nonce ('strict-dynamic' lets those scripts load the app's chunks);
 * there is no 'unsafe-inline' for scripts. Styles keep 'unsafe-inline' because React renders `style`
 * attributes (charts, the map), which a nonce cannot cover.
 */

/** Paths that other sites may show in a frame (the embeddable map). Everything else: frame-ancestors 'none'. */
export const FRAMEABLE_PATHS: readonly string[] = ['/embed'];

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

function isFrameable(pathname: string): boolean {
  return FRAMEABLE_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** The origin of TILE_URL, when a user turned online tiles on, so the map may load them as images. */
function tileOrigin(tileUrl: string | undefined): string | null {
  if (!tileUrl) return null;
  try {
    const url = new URL(tileUrl.replace(/\{[a-z]\}/g, 'a'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

export type CspOptions = { nonce: string; pathname: string; dev?: boolean; tileUrl?: string };

/** The Content-Security-Policy for one response. */
export function buildContentSecurityPolicy({ nonce, pathname, dev = false, tileUrl }: CspOptions): string {
  const tiles = tileOrigin(tileUrl);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // React's development build evaluates code; the production build never does.
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(dev ? ['ws:'] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', isFrameable(pathname) ? '*' : "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Headers every response carries besides the CSP. */
export function buildStaticSecurityHeaders(pathname: string): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    ...(isFrameable(pathname) ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}
