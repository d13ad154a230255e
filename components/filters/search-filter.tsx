'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

type Props = { value: string; onSearch: (q: string) => void };

/** Searches on Enter or the button, not on every keystroke: each search is a new history entry. */
export function SearchFilter({ value, onSearch }: Props) {
  const t = useTranslations('Filters');
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The URL changed (back button, chip link): show its query, dropping the draft.
    setSeen(value);
    setDraft(value);
  }

  return (
    <div className="filter-group search">
      <label htmlFor="incident-search">{t('search')}</label>
      <div className="search-row">
        <input
          id="incident-search"
          type="search"
          value={draft}
          maxLength={200}
          placeholder={t('searchPlaceholder')}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSearch(draft.trim());
            }
          }}
        />
        <button type="button" className="button" onClick={() => onSearch(draft.trim())}>
          {t('search')}
        </button>
      </div>
    </div>
  );
}
