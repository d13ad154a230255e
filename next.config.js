/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and pg are native/Node-only; keep them out of the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts must see the query string as it arrived: normalised, a `__proto__` key is already gone.
  skipProxyUrlNormalize: true,
};

export default nextConfig;
