import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Review'))('queue'), robots: { index: false } };
}

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
  const t = await getTranslations('Review');
  if (!allowed) {
    return (
      <>
        <SiteHeader />
        <main id="main" className="auth-page">
          <p className="panel" role="alert">{t('needsEditor', { email: actor.email, role: actor.role })}</p>
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
          <h1>{t('queue')}</h1>
          <p className="review-counters">
            {t.rich('counters', {
              leftCount: counters.left,
              todayCount: counters.reviewedToday,
              left: (chunks) => <span data-testid="queue-left">{chunks}</span>,
              today: (chunks) => <span data-testid="reviewed-today">{chunks}</span>,
            })}
          </p>
          <nav className="review-nav" aria-label={t('nav')}>
            <Link href="/review/add">{t('addIncident')}</Link>
            <Link href="/review/paste">{t('pasteArticle')}</Link>
            {actor.role === 'admin' && <Link href="/admin">{t('accounts')}</Link>}
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
