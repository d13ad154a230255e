import createNextIntlPlugin from 'next-intl/plugin';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and pg are native/Node-only; keep them out of the server bundle.
  // piscina starts the SQLite read workers (scripts/sqlite-read-worker.mjs) and must resolve them at run time.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'piscina'],
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts must see the query string as it arrived: normalised, a `__proto__` key is already gone.
  skipProxyUrlNormalize: true,
  // Pages and API responses get their security headers from proxy.ts, frame-ancestors included (only /embed
  // may be framed: FRAMEABLE_PATHS in lib/http/security-headers.ts); static chunks, which it skips, get these.
  async headers() {
    return [{ source: '/_next/static/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }];
  },
};

// next-intl reads its per-request configuration from i18n/request.ts.
export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
