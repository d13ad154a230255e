import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/dashboard/site-header';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { QueueFilters } from '@/components/review/queue-filters';
import { ReviewQueue } from '@/components/review/review-queue';
import { ShortcutList } from '@/components/review/shortcut-list';
import { requirePageRole } from '@/lib/auth/get-viewer';
import { toIncidentFilter } from '@/lib/incidents/filter';
import { getReviewCounters, listReviewQueue, REVIEW_SORTS, type ReviewSort } from '@/lib/review/list-review-queue';
import { encodeDashboardState, parseDashboardState } from '@/lib/url/dashboard-state';
import '@/components/review/review.css';

export const metadata: Metadata = { title: 'Review queue', robots: { index: false } };
export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function readSort(value: string | string[] | undefined): ReviewSort {
  const sort = Array.isArray(value) ? value[0] : value;
  return REVIEW_SORTS.find((s) => s === sort) ?? 'confidence';
}

export default async function ReviewPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const state = parseDashboardState(params);
  const sort = readSort(params.sort);
  const query = [encodeDashboardState(state), sort === 'confidence' ? '' : `sort=${sort}`].filter(Boolean).join('&');
  const { actor, allowed } = await requirePageRole('editor', `/review${query ? `?${query}` : ''}`);
  if (!allowed) {
    return (
      <>
        <SiteHeader />
        <main id="main" className="auth-page">
          <p className="panel" role="alert">Reviewing needs the editor role; you are signed in as {actor.email} ({actor.role}).</p>
        </main>
      </>
    );
  }
  const filter = toIncidentFilter(state);
  const [items, counters] = await Promise.all([listReviewQueue(filter, sort), getReviewCounters(filter)]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="review-page">
        <div className="review-head">
          <h1>Review queue</h1>
          <p className="review-counters">
            <span data-testid="queue-left">{counters.left}</span> left to review ·{' '}
            <span data-testid="reviewed-today">{counters.reviewedToday}</span> reviewed today
          </p>
          <nav className="review-nav" aria-label="Review">
            <Link href="/review/add">Add an incident</Link>
            <Link href="/review/paste">Paste an article</Link>
            {actor.role === 'admin' && <Link href="/admin">Accounts</Link>}
            <span className="muted">{actor.email}</span>
            <SignOutButton />
          </nav>
        </div>
        <QueueFilters state={state} sort={sort} />
        <div className="review-layout">
          <ReviewQueue key={query} items={items} />
          <ShortcutList />
        </div>
      </main>
    </>
  );
}
