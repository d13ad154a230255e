import type { z } from 'zod';
import { readJsonBody, requireRole } from '@/lib/auth/require-role';
import type { Actor } from '@/lib/auth/roles';

/** A JSON body checked by a zod schema: the data, or a 400 response naming the first problem. */
export async function parseBody<T extends z.ZodType>(request: Request, schema: T): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, response: Response.json({ error: 'bad_request', message: `${where}${issue?.message ?? 'invalid body'}` }, { status: 400 }) };
  }
  return { ok: true, data: parsed.data };
}

export function parseIdParam(id: string): number | null {
  return /^\d{1,9}$/.test(id) ? Number(id) : null;
}

export function errorResponse(status: number, message: string) {
  return Response.json({ error: status === 404 ? 'not_found' : status === 409 ? 'conflict' : 'bad_request', message }, { status });
}

type IdContext = { params: Promise<{ id: string }> };
type GuardedId = { ok: true; actor: Actor; id: number } | { ok: false; response: Response };

/**
 * The guard of a write on one record (`/…/[id]/…`): a signed-in editor (else 401/403, or 403 cross-site), then
 * the id from the path (else 404 with `notFound`).
 */
export async function requireEditorOnId(request: Request, { params }: IdContext, notFound: string): Promise<GuardedId> {
  const guard = await requireRole(request, 'editor');
  if (!guard.ok) return guard;
  const id = parseIdParam((await params).id);
  if (id === null) return { ok: false, response: errorResponse(404, notFound) };
  return { ok: true, actor: guard.actor, id };
}
