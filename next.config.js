import createNextIntlPlugin from 'next-intl/plugin';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and pg are native/Node-only; keep them out of the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts must see the query string as it arrived: normalised, a `__proto__` key is already gone.
  skipProxyUrlNormalize: true,
  // Only /embed may be framed by other sites; every other page refuses (clickjacking).
  async headers() {
    return [
      {
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      { source: '/embed', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
    ];
  },
};

// next-intl reads its per-request configuration from i18n/request.ts.
export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
