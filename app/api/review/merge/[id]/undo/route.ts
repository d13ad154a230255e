import { errorResponse, requireEditorOnId } from '@/lib/review/route-helpers';
import { undoMerge } from '@/lib/review/undo-merge';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** POST: undo a merge. */
export async function POST(request: Request, context: Context) {
  const guard = await requireEditorOnId(request, context, 'No such merge.');
  if (!guard.ok) return guard.response;
  const result = await undoMerge(guard.id, guard.actor);
  if (!result.ok) return errorResponse(result.status, result.message);
  return Response.json({ undone: guard.id });
}
