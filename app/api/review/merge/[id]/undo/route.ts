import { requireRole } from '@/lib/auth/require-role';
import { errorResponse, parseIdParam } from '@/lib/review/route-helpers';
import { undoMerge } from '@/lib/review/undo-merge';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** POST: undo a merge. */
export async function POST(request: Request, { params }: Context) {
  const guard = await requireRole(request, 'editor');
  if (!guard.ok) return guard.response;
  const id = parseIdParam((await params).id);
  if (id === null) return errorResponse(404, 'No such merge.');
  const result = await undoMerge(id, guard.actor);
  if (!result.ok) return errorResponse(result.status, result.message);
  return Response.json({ undone: id });
}
