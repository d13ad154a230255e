'use client';

import { useTranslations } from 'next-intl';
import { INCIDENT_TYPES, TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';

type Props = {
  counts: Record<IncidentType, number>;
  selected: IncidentType[];
  onChange: (types: IncidentType[]) => void;
};

export function TypeFilter({ counts, selected, onChange }: Props) {
  const t = useTranslations('Filters');
  const label = useTranslations('Types');
  function toggle(type: IncidentType, on: boolean) {
    const next = on ? [...selected, type] : selected.filter((t) => t !== type);
    // All ticked means no type filter; none ticked is kept as is and matches nothing.
    onChange(next.length === INCIDENT_TYPES.length ? [] : INCIDENT_TYPES.filter((t) => next.includes(t)));
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
                checked={selected.includes(type)}
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
      {selected.length < INCIDENT_TYPES.length && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          {t('showAllTypes')}
        </button>
      )}
    </fieldset>
  );
}
