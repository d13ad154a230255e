import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AddIncidentForm } from '@/components/review/add-incident-form';
import { EditorPage } from '@/components/review/editor-page';
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
  const label = (a: (typeof articles)[number]) =>
    `${a.outlet?.name ?? t('unknownOutlet')}: ${a.title}${a.publishedAt ? ` (${a.publishedAt})` : ''}`;
  return (
    <EditorPage title={t('addIncident')} refusal={allowed ? null : t('addNeedsEditor', { email: actor.email, role: actor.role })}>
      <AddIncidentForm articles={articles.map((a) => ({ id: a.id, label: label(a) }))} />
    </EditorPage>
  );
}
