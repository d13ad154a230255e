'use client';

import { useTranslations } from 'next-intl';
import { parseDateBound } from '@/lib/dates/calendar';

type Props = {
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
};

/** Month inputs (typed as YYYY-MM where the browser has no month picker); a full day from a link is kept. */
export function DateRangeFilter({ from, to, onChange }: Props) {
  const t = useTranslations('Filters');
  function update(key: 'from' | 'to', raw: string) {
    const value = raw === '' ? null : parseDateBound(raw);
    if (raw !== '' && value === null) return; // half-typed: wait for a full value
    onChange({ from, to, [key]: value });
  }

  return (
    <fieldset className="filter-group">
      <legend>{t('date')}</legend>
      <div className="date-range">
        <label>
          {t('from')}
          <input type="month" min="1990-01" max="2100-12" value={from?.slice(0, 7) ?? ''} onChange={(e) => update('from', e.currentTarget.value)} />
        </label>
        <label>
          {t('to')}
          <input type="month" min="1990-01" max="2100-12" value={to?.slice(0, 7) ?? ''} onChange={(e) => update('to', e.currentTarget.value)} />
        </label>
      </div>
      {(from || to) && (
        <button type="button" className="link-button" onClick={() => onChange({ from: null, to: null })}>
          {t('anyDate')}
        </button>
      )}
    </fieldset>
  );
}
