import { z } from 'zod';
import { readJsonBody, requireRole } from '@/lib/auth/require-role';
import { setAccountDisabled } from '@/lib/auth/manage-accounts';

export const dynamic = 'force-dynamic';

const ZAccountChange = z.object({ disabled: z.boolean() }).strict();

type Context = { params: Promise<{ id: string }> };

/** POST { disabled: true|false }: an admin disables or re-enables an account. */
export async function POST(request: Request, { params }: Context) {
  const guard = await requireRole(request, 'admin');
  if (!guard.ok) return guard.response;
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const change = ZAccountChange.safeParse(body.body);
  if (!change.success) return Response.json({ error: 'bad_request', message: 'Send { "disabled": true } or false.' }, { status: 400 });
  if (id === guard.actor.id && change.data.disabled) {
    return Response.json({ error: 'bad_request', message: 'You cannot disable your own account.' }, { status: 400 });
  }
  const found = await setAccountDisabled(id, change.data.disabled);
  if (!found) return Response.json({ error: 'not_found', message: 'No such account.' }, { status: 404 });
  return Response.json({ id, disabled: change.data.disabled });
}
