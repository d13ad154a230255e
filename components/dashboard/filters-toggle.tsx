'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { useDashboardState } from './use-dashboard-state';

/** How many filter fields narrow the view, for the phone's "Filters (n)" button. */
function countActive(state: ReturnType<typeof useDashboardState>['state']): number {
  return [
    state.types.length > 0,
    Boolean(state.from || state.to),
    state.provinces.length > 0,
    Boolean(state.q),
    state.tags.length > 0,
    state.outlets.length > 0,
    state.status !== null,
  ].filter(Boolean).length;
}

/**
 * On a phone the filters fold behind a "Filters (n)" button, so the count and the map are the first thing on
 * the screen; on a wider screen the button is hidden and the filters always show (CSS).
 */
export function FiltersToggle({ children }: { children: ReactNode }) {
  const { state } = useDashboardState();
  const [open, setOpen] = useState(false);
  const t = useTranslations('Dashboard');
  return (
    <div className="filters-toggle" data-open={open ? 'true' : 'false'}>
      <button type="button" className="button secondary filters-button" aria-expanded={open} aria-controls="filter-controls" onClick={() => setOpen(!open)}>
        {t('filtersCount', { count: countActive(state) })}
      </button>
      <div id="filter-controls" className="filters-body">
        {children}
      </div>
    </div>
  );
}
