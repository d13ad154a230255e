import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/dashboard/site-header';
import { PasteArticleForm } from '@/components/review/paste-article-form';
import { requirePageRole } from '@/lib/auth/get-viewer';
import '@/components/review/review.css';

export const metadata: Metadata = { title: 'Paste an article', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function PastePage() {
  const { actor, allowed } = await requirePageRole('editor', '/review/paste');
  return (
    <>
      <SiteHeader />
      <main id="main" className="admin-page">
        <p>
          <Link href="/review">← Review queue</Link>
        </p>
        <h1>Paste an article</h1>
        {allowed ? (
          <PasteArticleForm />
        ) : (
          <p role="alert">Adding articles needs the editor role; you are {actor.email} ({actor.role}).</p>
        )}
      </main>
    </>
  );
}
