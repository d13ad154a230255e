import type { z } from 'zod';
import { readJsonBody } from '@/lib/auth/require-role';

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
