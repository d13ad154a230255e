import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/dashboard/site-header';
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
    <>
      <SiteHeader />
      <main id="main" className="admin-page">
        <p>
          <Link href="/review">{t('backToQueue')}</Link>
        </p>
        <h1>{t('pasteArticle')}</h1>
        {allowed ? (
          <PasteArticleForm />
        ) : (
          <p role="alert">{t('pasteNeedsEditor', { email: actor.email, role: actor.role })}</p>
        )}
      </main>
    </>
  );
}
