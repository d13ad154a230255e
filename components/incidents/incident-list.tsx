import { useTranslations } from 'next-intl';
import type { IncidentPage } from '@/lib/incidents/list-incidents';
import { DashboardLink } from '@/components/dashboard/dashboard-link';
import type { DashboardState } from '@/lib/url/dashboard-state';
import { formatIncidentDate, formatPlace } from './format';
import { TypeBadge } from './type-badge';

type Props = { page: IncidentPage; state: DashboardState };

/** The matching incidents, a page at a time; every row is a link that selects it. */
export function IncidentList({ page, state }: Props) {
  const t = useTranslations('List');
  if (page.total === 0) {
    return <p className="muted">{t('empty')}</p>;
  }
  return (
    <>
      <ol className="incident-list" data-testid="incident-list">
        {page.items.map((item) => (
          <li key={item.id} className={item.id === state.incident ? 'selected' : undefined}>
            <DashboardLink
              patch={{ incident: item.id }}
              data-incident-id={item.id}
              aria-current={item.id === state.incident ? 'true' : undefined}
            >
              <span className="incident-row-head">
                <TypeBadge type={item.type} />
                <span className="muted">{formatIncidentDate(item.date, item.datePrecision)}</span>
              </span>
              <span className="incident-row-place">{formatPlace(item.placeName, item.admin1, item.country)}</span>
              <span className="incident-row-summary">{item.summary}</span>
            </DashboardLink>
          </li>
        ))}
      </ol>
      {page.pageCount > 1 && (
        <nav className="pager" aria-label={t('pages')}>
          {page.page > 1 ? (
            <DashboardLink patch={{ page: page.page - 1 }} rel="prev">
              {t('newer')}
            </DashboardLink>
          ) : (
            <span />
          )}
          <span className="muted">
            {t('pageOf', { page: page.page, pages: page.pageCount })}
          </span>
          {page.page < page.pageCount ? (
            <DashboardLink patch={{ page: page.page + 1 }} rel="next">
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
