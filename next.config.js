/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and pg are native/Node-only; keep them out of the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole project (tests and scripts too) as its own step of `npm test`;
  // checking again inside `next build` would only double the time and let a test file block `npm start`.
  typescript: { ignoreBuildErrors: true },
  // Pages and API responses get their security headers from proxy.ts, frame-ancestors included (only /embed
  // may be framed: FRAMEABLE_PATHS in lib/http/security-headers.ts); static chunks, which it skips, get these.
  async headers() {
    return [{ source: '/_next/static/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }];
  },
};

export default nextConfig;
