import 'server-only';
import { auth } from './auth';
import { isRole, type Actor } from './roles';

/** The signed-in, enabled account behind these request headers, or null. Reads the session row every time. */
export async function getActor(headers: Headers): Promise<Actor | null> {
  const result = await auth.api.getSession({ headers }).catch(() => null);
  if (!result) return null;
  const user = result.user as typeof result.user & { role?: unknown; disabled?: unknown };
  if (user.disabled === true || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
