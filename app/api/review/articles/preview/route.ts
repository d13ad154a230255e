import { requireRole } from '@/lib/auth/require-role';
import { ZPastedArticle } from '@/lib/review/pasted-article-schema';
import { readPastedArticle } from '@/lib/review/read-pasted-article';
import { errorResponse, parseBody } from '@/lib/review/route-helpers';

export const dynamic = 'force-dynamic';

/** POST { text, outlet?, url? }: the extraction of a pasted article, nothing saved. */
export async function POST(request: Request) {
  const guard = await requireRole(request, 'editor');
  if (!guard.ok) return guard.response;
  const body = await parseBody(request, ZPastedArticle);
  if (!body.ok) return body.response;
  try {
    const { article, incidents } = readPastedArticle(body.data);
    return Response.json({ article: { title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, url: article.url }, incidents });
  } catch (error) {
    return errorResponse(400, error instanceof Error ? error.message : 'The article could not be read.');
  }
}
