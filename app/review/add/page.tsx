import type { Metadata } from 'next';
import { AddIncidentForm } from '@/components/review/add-incident-form';
import { ReviewPageFrame } from '@/components/review/review-page-frame';
import { requirePageRole } from '@/lib/auth/get-viewer';
import { listRecentArticles } from '@/lib/review/add-incident';

export const metadata: Metadata = { title: 'Add an incident', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function AddIncidentPage() {
  const access = await requirePageRole('editor', '/review/add');
  const articles = access.allowed ? await listRecentArticles() : [];
  return (
    <ReviewPageFrame title="Add an incident" access={access} needs="Adding incidents">
      <AddIncidentForm articles={articles.map((a) => ({ id: a.id, label: `${a.outlet?.name ?? 'Unknown outlet'}: ${a.title}${a.publishedAt ? ` (${a.publishedAt})` : ''}` }))} />
    </ReviewPageFrame>
  );
}
