import { useTranslations } from 'next-intl';
import { INTERVALS, type DashboardState } from '@/lib/url/dashboard-state';
import { DashboardLink } from './dashboard-link';

export function IntervalSwitch({ state }: { state: DashboardState }) {
  const t = useTranslations('Charts');
  return (
    <nav className="interval-switch" aria-label={t('interval')}>
      {INTERVALS.map((by) => (
        <DashboardLink key={by} patch={{ by }} aria-current={state.by === by ? 'true' : undefined}>
          {t(by)}
        </DashboardLink>
      ))}
    </nav>
  );
}
