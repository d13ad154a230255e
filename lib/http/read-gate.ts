import 'server-only';
import { createAdmissionGate, OverloadedError } from './admission-gate';

const cache = globalThis as typeof globalThis & { __incidentAtlasReadGate?: ReturnType<typeof createAdmissionGate> };

/**
 * The server's one gate for database reads behind pages and the API. Sized from the environment so a bigger
 * machine (or PostgreSQL) can admit more: READ_CONCURRENCY (default 4), READ_QUEUE (default 32),
 * READ_MAX_WAIT_MS (default 3000).
 */
export const readGate = (cache.__incidentAtlasReadGate ??= createAdmissionGate({
  concurrency: Number(process.env.READ_CONCURRENCY) || 4,
  queue: Number(process.env.READ_QUEUE) || 32,
  maxWaitMs: Number(process.env.READ_MAX_WAIT_MS) || 3000,
}));

/** The API's answer when the gate refuses: 503 with Retry-After, never a long stall. */
export function serviceUnavailable(error: OverloadedError): Response {
  return Response.json(
    { error: error.message },
    { status: 503, headers: { 'retry-after': String(error.retryAfterSeconds), 'cache-control': 'no-store' } },
  );
}

export { OverloadedError };
