'use client';

import { useTranslations } from 'next-intl';
import { DashboardLink } from '@/components/dashboard/dashboard-link';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { useListPage } from '@/components/dashboard/use-view-widgets';
import { TypeBadge } from './type-badge';

/** The matching incidents, a page at a time (GET /api/list); every row is a link that selects it. */
export function IncidentList() {
  const t = useTranslations('List');
  const { state } = useDashboardState();
  const { data: page, pending } = useListPage();
  if (!page) return <p className="muted" role="status">…</p>;
  if (page.total === 0) {
    return <p className="muted">{t('empty')}</p>;
  }
  return (
    <>
      <ol className="incident-list" data-testid="incident-list" aria-busy={pending}>
        {page.items.map((item) => (
          <li key={item.id} className={item.id === state.incident ? 'selected' : undefined}>
            <DashboardLink
              patch={{ incident: item.id }}
              data-incident-id={item.id}
              aria-current={item.id === state.incident ? 'true' : undefined}
            >
              <span className="incident-row-head">
                <TypeBadge type={item.type} />
                <span className="muted">{item.dateLabel}</span>
              </span>
              <span className="incident-row-place">{item.placeLabel}</span>
              <span className="incident-row-summary">{item.summary}</span>
            </DashboardLink>
          </li>
        ))}
      </ol>
      {page.pageCount > 1 && (
        <nav className="pager" aria-label={t('pages')}>
          {page.newer ? (
            <DashboardLink patch={{ page: page.page - 1, cursor: page.page > 2 && page.newer ? { dir: 'before', ...page.newer } : null }} rel="prev">
              {t('newer')}
            </DashboardLink>
          ) : (
            <span />
          )}
          <span className="muted">
            {t('pageOf', { page: page.page, pages: page.pageCount })}
          </span>
          {page.older ? (
            <DashboardLink patch={{ page: page.page + 1, cursor: page.older ? { dir: 'after', ...page.older } : null }} rel="next">
              {t('older')}
            </DashboardLink>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
