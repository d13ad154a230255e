import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getActor } from './get-actor';
import { hasRole, type Actor, type Role } from './roles';

/** The signed-in account looking at this page, or null. */
export async function getViewer(): Promise<Actor | null> {
  return getActor(await headers());
}

/**
 * For pages: the viewer if their role is enough; no session → redirect to sign-in (coming back to `path`);
 * a role too low → `{ actor, allowed: false }` so the page can say so.
 */
export async function requirePageRole(role: Role, path: string): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await getViewer();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return { actor, allowed: hasRole(actor.role, role) };
}
