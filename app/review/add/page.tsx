import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/dashboard/site-header';
import { AddIncidentForm } from '@/components/review/add-incident-form';
import { requirePageRole } from '@/lib/auth/get-viewer';
import { listRecentArticles } from '@/lib/review/add-incident';
import '@/components/review/review.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Review'))('addIncident'), robots: { index: false } };
}

export const dynamic = 'force-dynamic';

export default async function AddIncidentPage() {
  const { actor, allowed } = await requirePageRole('editor', '/review/add');
  const articles = allowed ? await listRecentArticles() : [];
  const t = await getTranslations('Review');
  return (
    <>
      <SiteHeader />
      <main id="main" className="admin-page">
        <p>
          <Link href="/review">{t('backToQueue')}</Link>
        </p>
        <h1>{t('addIncident')}</h1>
        {allowed ? (
          <AddIncidentForm articles={articles.map((a) => ({ id: a.id, label: `${a.outlet?.name ?? t('unknownOutlet')}: ${a.title}${a.publishedAt ? ` (${a.publishedAt})` : ''}` }))} />
        ) : (
          <p role="alert">{t('addNeedsEditor', { email: actor.email, role: actor.role })}</p>
        )}
      </main>
    </>
  );
}
