import 'server-only';
import type { z } from 'zod';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/roles';
import { toArticleToSave } from '@/lib/ingest/article-to-save';
import { saveArticle, type SaveResult } from '@/lib/incidents/save-article';
import type { ZSavePastedArticle } from './pasted-article-schema';
import { readPastedArticle } from './read-pasted-article';

/**
 * Stores a pasted article with the incidents the editor kept, through the same saveArticle as `npm run
 * ingest` (one transaction, idempotent by content). A person checked them, so they are `reviewed`.
 */
export async function savePastedArticle(input: z.infer<typeof ZSavePastedArticle>, actor: Actor): Promise<SaveResult> {
  const { article, contentHash } = readPastedArticle(input);
  return saveArticle(prisma, {
    ...toArticleToSave(article, contentHash, null),
    incidents: input.incidents.map((incident) => ({ ...incident, status: 'reviewed' as const })),
    savedBy: { id: actor.id, email: actor.email },
  });
}
