'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { IncidentPlace } from '@/lib/review/incident-edit-schema';
import type { PlaceOption } from '@/lib/review/place-options';
import PlaceMapLoader from './place-map-loader';

type Props = { value: IncidentPlace; onChange: (place: IncidentPlace) => void };

/**
 * Picks an incident's place: search the gazetteer (any romanisation, or Hangul) and choose a result, or
 * click the map for an exact point (precision `site`).
 */
export function PlacePicker({ value, onChange }: Props) {
  const t = useTranslations('PlacePicker');
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<PlaceOption[]>([]);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/places?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<{ places: PlaceOption[] }>) : { places: [] }))
        .then((body) => setOptions(body.places))
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <fieldset className="place-picker">
      <legend>{t('legend')}</legend>
      <p data-testid="picked-place">
        {value.placeName}
        {value.admin1 ? `, ${value.admin1}` : ''} ({value.locationPrecision}
        {value.lat !== null && value.lon !== null ? `, ${value.lat.toFixed(3)}, ${value.lon.toFixed(3)}` : ''})
      </p>
      <label>
        {t('search')}
        <input type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} placeholder={t('placeholder')} />
      </label>
      {query.trim().length >= 2 && (
        <ul className="place-options" aria-label={t('matching')}>
          {options.map((option) => (
            <li key={option.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onChange(option.place);
                  setQuery('');
                  setOptions([]);
                }}
              >
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('orClick')}</p>
      <PlaceMapLoader
        lat={value.lat}
        lon={value.lon}
        onPick={(lat, lon) => onChange({ ...value, lat, lon, locationPrecision: 'site' })}
      />
    </fieldset>
  );
}
