'use client';

import { useTranslations } from 'next-intl';
import { DATE_PRECISIONS, type DatePrecision, type IncidentType } from '@/lib/taxonomy';
import type { IncidentPlace } from '@/lib/review/incident-edit-schema';
import { PlacePicker } from './place-picker';
import { TypeOptions } from './type-options';

/** An incident's editable fields as typed: tags and actors as comma-separated text. */
export type IncidentFieldValues = {
  type: IncidentType;
  summary: string;
  tags: string;
  actors: string;
  date: string;
  datePrecision: DatePrecision;
  place: IncidentPlace;
};

type Props = { value: IncidentFieldValues; onChange: (value: IncidentFieldValues) => void; summaryRequired?: boolean };

/** Splits a comma-separated field into its trimmed, non-empty items. */
export const splitList = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** The fields an editor sets on an incident, shared by the add and the edit forms. */
export function IncidentFieldset({ value, onChange, summaryRequired = false }: Props) {
  const t = useTranslations('IncidentForm');
  const precisions = useTranslations('Precision');
  const set = <K extends keyof IncidentFieldValues>(key: K, v: IncidentFieldValues[K]) => onChange({ ...value, [key]: v });
  return (
    <>
      <label>
        {t('type')}
        <select value={value.type} onChange={(e) => set('type', e.currentTarget.value as IncidentType)}>
          <TypeOptions />
        </select>
      </label>
      <label>
        {t('summary')}
        <textarea value={value.summary} rows={3} required={summaryRequired} onChange={(e) => set('summary', e.currentTarget.value)} />
      </label>
      <label>
        {t('tags')}
        <input value={value.tags} onChange={(e) => set('tags', e.currentTarget.value)} />
      </label>
      <label>
        {t('actors')}
        <input value={value.actors} onChange={(e) => set('actors', e.currentTarget.value)} />
      </label>
      <div className="edit-row">
        <label>
          {t('date')}
          <input value={value.date} onChange={(e) => set('date', e.currentTarget.value)} placeholder={t('datePlaceholder')} />
        </label>
        <label>
          {t('precision')}
          <select value={value.datePrecision} onChange={(e) => set('datePrecision', e.currentTarget.value as DatePrecision)}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {precisions(p)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PlacePicker value={value.place} onChange={(place) => set('place', place)} />
    </>
  );
}
