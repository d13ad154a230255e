import { requireRole } from '@/lib/auth/require-role';
import { ZSavePastedArticle } from '@/lib/review/pasted-article-schema';
import { errorResponse, parseBody } from '@/lib/review/route-helpers';
import { savePastedArticle } from '@/lib/review/save-pasted-article';

export const dynamic = 'force-dynamic';

/** POST { text, outlet?, url?, incidents }: stores the article with the incidents the editor kept. */
export async function POST(request: Request) {
  const guard = await requireRole(request, 'editor');
  if (!guard.ok) return guard.response;
  const body = await parseBody(request, ZSavePastedArticle);
  if (!body.ok) return body.response;
  try {
    return Response.json(await savePastedArticle(body.data, guard.actor));
  } catch (error) {
    return errorResponse(400, error instanceof Error ? error.message : 'The article could not be saved.');
  }
}
