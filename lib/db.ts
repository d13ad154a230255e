// The app's database client: one PrismaClient per server process, kept on globalThis so that Next's
// dev-mode module reloads reuse it instead of opening a new connection pool on every edit.
// Scripts and tests call `createPrismaClient` from `@/lib/db/create-client` instead.
import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from './db/create-client';
import { readWorkerCount } from './db/sqlite-read-pool';

const cache = globalThis as typeof globalThis & { __incidentAtlasPrisma?: PrismaClient };

export const prisma: PrismaClient = (cache.__incidentAtlasPrisma ??= createPrismaClient(undefined, {
  // SQLite reads go to worker threads so that a slow query never blocks the server's only thread.
  readWorkers: readWorkerCount(),
}));
