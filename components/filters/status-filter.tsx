'use client';

import { useTranslations } from 'next-intl';
import { STATUS_FILTERS, type StatusFilter as Status } from '@/lib/incidents/filter';

type Props = { value: Status | null; onChange: (status: Status | null) => void };

const LABEL_KEYS = { reviewed: 'statusReviewed', auto: 'statusAuto', rejected: 'statusRejected', all: 'statusAll' } as const;

/**
 * Which review states the view shows. Open to every reader: a rejected incident is kept, and showing what was
 * rejected (only when asked) lets readers check the team's decisions.
 */
export function StatusFilter({ value, onChange }: Props) {
  const t = useTranslations('Filters');
  return (
    <fieldset className="filter-group">
      <legend>{t('review')}</legend>
      <label className="status-filter">
        {t('status')}
        <select value={value ?? ''} onChange={(e) => onChange((e.currentTarget.value || null) as Status | null)}>
          <option value="">{t('statusDefault')}</option>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(LABEL_KEYS[s])}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
