import { z } from 'zod';
import { requireRole } from '@/lib/auth/require-role';
import { mergeIncidents } from '@/lib/review/merge-incidents';
import { errorResponse, parseBody } from '@/lib/review/route-helpers';

export const dynamic = 'force-dynamic';

const ZMerge = z.object({ keptId: z.number().int().positive(), droppedId: z.number().int().positive() }).strict();

/** POST { keptId, droppedId }: merge a duplicate into the incident that stays. */
export async function POST(request: Request) {
  const guard = await requireRole(request, 'editor');
  if (!guard.ok) return guard.response;
  const body = await parseBody(request, ZMerge);
  if (!body.ok) return body.response;
  const result = await mergeIncidents(body.data.keptId, body.data.droppedId, guard.actor);
  if (!result.ok) return errorResponse(result.status, result.message);
  return Response.json({ mergeId: result.mergeId });
}
