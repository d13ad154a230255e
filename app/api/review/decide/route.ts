import { z } from 'zod';
import { requireRole } from '@/lib/auth/require-role';
import { decideIncidents } from '@/lib/review/decide-incidents';
import { parseBody } from '@/lib/review/route-helpers';

export const dynamic = 'force-dynamic';

const ZDecision = z.object({ ids: z.array(z.number().int().positive()).min(1).max(500), decision: z.enum(['reviewed', 'rejected']) }).strict();

/** POST { ids, decision: "reviewed" | "rejected" }: approve or reject one incident or many. */
export async function POST(request: Request) {
  const guard = await requireRole(request, 'editor');
  if (!guard.ok) return guard.response;
  const body = await parseBody(request, ZDecision);
  if (!body.ok) return body.response;
  const changed = await decideIncidents([...new Set(body.data.ids)], body.data.decision, guard.actor);
  return Response.json({ changed });
}
