import { connection, type NextRequest } from 'next/server';
import { loadIncidentPreview } from '@/lib/preview/load-preview';
import { respondWithPreview } from '@/lib/preview/preview-response';

/** GET /api/og/incidents/<id> → the incident permalink's link-preview PNG (1200×630), 404 when there is none. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const model = /^\d{1,9}$/.test(id) ? await loadIncidentPreview(Number(id)) : null;
  if (!model) return Response.json({ error: 'no such incident' }, { status: 404 });
  return respondWithPreview(request, model);
}
