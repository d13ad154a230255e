import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorPage } from '@/components/review/editor-page';
import { PasteArticleForm } from '@/components/review/paste-article-form';
import { requirePageRole } from '@/lib/auth/get-viewer';
import '@/components/review/review.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Review'))('pasteArticle'), robots: { index: false } };
}

export const dynamic = 'force-dynamic';

export default async function PastePage() {
  const { actor, allowed } = await requirePageRole('editor', '/review/paste');
  const t = await getTranslations('Review');
  return (
    <EditorPage title={t('pasteArticle')} refusal={allowed ? null : t('pasteNeedsEditor', { email: actor.email, role: actor.role })}>
      <PasteArticleForm />
    </EditorPage>
  );
}
