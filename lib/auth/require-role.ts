/**
 * The one guard for every write. A route handler that changes data starts with:
 *
 *   const guard = await requireRole(request, 'editor');
 *   if (!guard.ok) return guard.response;
 *   // guard.actor is the signed-in account
 *
 * Refusals, in this order: a cross-site request → 403 `cross_site`; no valid session → 401; a role too low
 * → 403 `forbidden`. Pages use `requirePageRole` from get-viewer.ts, which redirects to /sign-in instead.
 */
import 'server-only';
import { getActor } from './get-actor';
import { hasRole, type Actor, type Role } from './roles';
import { isCrossSiteRequest } from './same-origin';

export type Guard = { ok: true; actor: Actor } | { ok: false; response: Response };

function refuse(status: number, error: string, message: string): Guard {
  return { ok: false, response: Response.json({ error, message }, { status, headers: { 'cache-control': 'no-store' } }) };
}

export async function requireRole(request: Request, role: Role): Promise<Guard> {
  if (isCrossSiteRequest(request)) return refuse(403, 'cross_site', 'Cross-site requests are refused.');
  const actor = await getActor(request.headers);
  if (!actor) return refuse(401, 'unauthenticated', 'Sign in first.');
  if (!hasRole(actor.role, role)) return refuse(403, 'forbidden', `This needs the ${role} role.`);
  return { ok: true, actor };
}

/** Reads a JSON body; a body that is not JSON becomes a 400 rather than a crash. */
export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: Response.json({ error: 'bad_request', message: 'The body must be JSON.' }, { status: 400 }) };
  }
}
