import { editIncident } from '@/lib/review/edit-incident';
import { ZIncidentEdit } from '@/lib/review/incident-edit-schema';
import { errorResponse, parseBody, requireEditorOnId } from '@/lib/review/route-helpers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** POST a correction: any of type, tags, summary, actors, date {date, datePrecision}, place {...}. */
export async function POST(request: Request, context: Context) {
  const guard = await requireEditorOnId(request, context, 'No such incident.');
  if (!guard.ok) return guard.response;
  const body = await parseBody(request, ZIncidentEdit);
  if (!body.ok) return body.response;
  const outcome = await editIncident(guard.id, body.data, guard.actor);
  if (outcome === 'not_found') return errorResponse(404, 'No such incident.');
  if (outcome === 'merged') return errorResponse(409, 'This incident was merged into another; edit that one.');
  return Response.json({ id: guard.id, outcome });
}
