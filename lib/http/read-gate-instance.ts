import { createAdmissionGate } from './admission-gate';

const cache = globalThis as typeof globalThis & { __incidentAtlasReadGate?: ReturnType<typeof createAdmissionGate> };

/**
 * The server's one gate for database reads behind pages and the API, shared by proxy.ts (which admits the
 * dashboard pages) and the route handlers. Sized from the environment so a bigger machine (or PostgreSQL)
 * can admit more: READ_CONCURRENCY (default 4), READ_QUEUE (default 32), READ_MAX_WAIT_MS (default 3000).
 */
export const readGate = (cache.__incidentAtlasReadGate ??= createAdmissionGate({
  concurrency: Number(process.env.READ_CONCURRENCY) || 4,
  queue: Number(process.env.READ_QUEUE) || 32,
  maxWaitMs: Number(process.env.READ_MAX_WAIT_MS) || 3000,
}));
