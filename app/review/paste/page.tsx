import type { Metadata } from 'next';
import { PasteArticleForm } from '@/components/review/paste-article-form';
import { ReviewPageFrame } from '@/components/review/review-page-frame';
import { requirePageRole } from '@/lib/auth/get-viewer';

export const metadata: Metadata = { title: 'Paste an article', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function PastePage() {
  const access = await requirePageRole('editor', '/review/paste');
  return (
    <ReviewPageFrame title="Paste an article" access={access} needs="Adding articles">
      <PasteArticleForm />
    </ReviewPageFrame>
  );
}
