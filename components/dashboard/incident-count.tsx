'use client';

import { useTranslations } from 'next-intl';
import { useViewStats } from './use-view-widgets';

/** How many incidents match: the first thing a filter change updates. */
export function IncidentCount() {
  const t = useTranslations('Dashboard');
  const { data, pending, failed } = useViewStats();
  const total = data?.total ?? 0;
  return (
    <p className="incident-count" aria-busy={pending}>
      <span data-testid="incident-count">{total}</span> {t('incidentsAfterCount', { count: total })}
      {failed && (
        <span role="alert" className="muted">
          {' '}
          {t('couldNotUpdate')}
        </span>
      )}
    </p>
  );
}
