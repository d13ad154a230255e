import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/dashboard/site-header';
import { AddIncidentForm } from '@/components/review/add-incident-form';
import { requirePageRole } from '@/lib/auth/get-viewer';
import { listRecentArticles } from '@/lib/review/add-incident';
import '@/components/review/review.css';

export const metadata: Metadata = { title: 'Add an incident', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function AddIncidentPage() {
  const { actor, allowed } = await requirePageRole('editor', '/review/add');
  const articles = allowed ? await listRecentArticles() : [];
  return (
    <>
      <SiteHeader />
      <main id="main" className="admin-page">
        <p>
          <Link href="/review">← Review queue</Link>
        </p>
        <h1>Add an incident</h1>
        {allowed ? (
          <AddIncidentForm articles={articles.map((a) => ({ id: a.id, label: `${a.outlet?.name ?? 'Unknown outlet'}: ${a.title}${a.publishedAt ? ` (${a.publishedAt})` : ''}` }))} />
        ) : (
          <p role="alert">Adding incidents needs the editor role; you are {actor.email} ({actor.role}).</p>
        )}
      </main>
    </>
  );
}
