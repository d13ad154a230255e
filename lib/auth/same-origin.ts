/**
 * Whether a state-changing request comes from another site. Browsers send `Sec-Fetch-Site` and `Origin` on
 * every cross-site POST; a request carrying neither (curl, a script) cannot ride on a visitor's cookies.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  return origin === 'null' || !sameHost(origin, ownHost(request));
}

function ownHost(request: Request): string {
  return request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Whether the request reached us over https (directly or through a proxy that says so). */
export function isHttpsRequest(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (forwarded ?? new URL(request.url).protocol.replace(':', '')) === 'https';
}
