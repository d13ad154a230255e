import { useTranslations } from 'next-intl';
import { DashboardLink } from '@/components/dashboard/dashboard-link';
import { EMPTY_FILTER } from '@/lib/incidents/filter';

/** In place of a chart with bare axes: what happened, and the way back. */
export function EmptyChart({ filtered }: { filtered: boolean }) {
  const t = useTranslations('Dashboard');
  return (
    <div className="chart-box chart-empty" role="status">
      <p>{t('noIncidentsInView')}</p>
      {filtered && <DashboardLink patch={EMPTY_FILTER}>{t('clearFilters')}</DashboardLink>}
    </div>
  );
}
