// Prisma CLI configuration. Works offline: the CLI's native schema engine cannot be downloaded here, so
// a Node stand-in driven by @prisma/schema-engine-wasm takes its place (see prisma/engine/README.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
// Relative import: the CLI loads this file with jiti, which does not know the `@/` alias.
import { rawDatabaseUrl, resolveDatabaseUrl } from './lib/db/database-url';

const root = path.dirname(fileURLToPath(import.meta.url));

// `??=`: a real native engine configured by the environment still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'prisma/engine/schema-engine.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    // Not `env('DATABASE_URL')`: that throws when the variable is unset and would break `prisma generate`.
    // Relative `file:` paths are made absolute here (against the working directory, i.e. the repo root),
    // exactly as lib/db/create-client.ts does at runtime, so both open the same file.
    url: resolveDatabaseUrl(rawDatabaseUrl()),
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: resolveDatabaseUrl(process.env.SHADOW_DATABASE_URL) } : {}),
  },
});
