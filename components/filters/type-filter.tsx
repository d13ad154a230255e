'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { INCIDENT_TYPES, TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';

type Props = {
  counts: Record<IncidentType, number>;
  selected: IncidentType[];
  onChange: (types: IncidentType[]) => void;
};

/**
 * Unticking the last type leaves nothing ticked, which would match nothing: the boxes say so here (with
 * "All types" one click away) rather than the URL silently falling back to every type.
 */
export function TypeFilter({ counts, selected, onChange }: Props) {
  const [noneFor, setNoneFor] = useState<string | null>(null);
  // The "none" state belongs to the selection it was made from; a new URL (Back, a link) ends it.
  const none = noneFor === selected.join(',');
  const ticked = none ? [] : selected;

  const t = useTranslations('Filters');
  const label = useTranslations('Types');
  function toggle(type: IncidentType, on: boolean) {
    const next = on ? [...ticked, type] : ticked.filter((t) => t !== type);
    if (next.length === 0) {
      setNoneFor(selected.join(','));
      return;
    }
    setNoneFor(null);
    // All ticked means no type filter.
    onChange(next.length === INCIDENT_TYPES.length ? [] : INCIDENT_TYPES.filter((t) => next.includes(t)));
  }

  const showing = none || selected.length < INCIDENT_TYPES.length;

  function showAll() {
    setNoneFor(null);
    onChange([]);
  }

  return (
    <fieldset className="filter-group">
      <legend>{t('type')}</legend>
      <ul className="check-list">
        {INCIDENT_TYPES.map((type) => (
          <li key={type}>
            <label className="check">
              <input
                type="checkbox"
                name="type"
                value={type}
                checked={ticked.includes(type)}
                onChange={(e) => toggle(type, e.currentTarget.checked)}
              />
              <span className="type-dot" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
              <span className="check-label">{label(type)}</span>
              <span className="count" data-testid={`type-count-${type}`}>
                {counts[type]}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {none && (
        <p role="status" className="none-selected" data-testid="no-types">
          {t('noTypes')}
        </p>
      )}
      {/* Always in the layout (hidden when every type is ticked), so showing it moves nothing. */}
      <button
        type="button"
        className="link-button"
        onClick={showAll}
        style={{ visibility: showing ? 'visible' : 'hidden' }}
        aria-hidden={showing ? undefined : true}
        tabIndex={showing ? undefined : -1}
      >
        {none ? t('allTypes') : t('showAllTypes')}
      </button>
    </fieldset>
  );
}
