'use client';

import { useTranslations } from 'next-intl';
import { INTERVALS } from '@/lib/url/dashboard-state';
import { DashboardLink } from './dashboard-link';
import { useDashboardState } from './use-dashboard-state';

/** Month / Week / Year: links (they work without JavaScript), switched in the browser, never prefetched. */
export function IntervalSwitch() {
  const t = useTranslations('Charts');
  const { state } = useDashboardState();
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
