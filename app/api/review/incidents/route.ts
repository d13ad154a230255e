import { requireRole } from '@/lib/auth/require-role';
import { addIncident } from '@/lib/review/add-incident';
import { ZNewIncident } from '@/lib/review/new-incident-schema';
import { errorResponse, parseBody } from '@/lib/review/route-helpers';

export const dynamic = 'force-dynamic';

/** POST a new incident with its source (an article id, or a citation). It is `reviewed` at once. */
export async function POST(request: Request) {
  const guard = await requireRole(request, 'editor');
  if (!guard.ok) return guard.response;
  const body = await parseBody(request, ZNewIncident);
  if (!body.ok) return body.response;
  const result = await addIncident(body.data, guard.actor);
  if (!result.ok) return errorResponse(404, result.message);
  return Response.json({ id: result.id }, { status: 201 });
}
