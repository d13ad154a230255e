'use client';

import { DATE_PRECISIONS, type DatePrecision, type IncidentType } from '@/lib/taxonomy';
import { TypeOptions } from './type-options';
import type { IncidentPlace } from '@/lib/review/incident-edit-schema';
import { PlacePicker } from './place-picker';

/** An incident's editable fields as a form holds them (lists as comma-separated text). */
export type IncidentDraft = {
  type: IncidentType;
  summary: string;
  tags: string;
  actors: string;
  date: string;
  datePrecision: DatePrecision;
  place: IncidentPlace;
};

export const splitList = (value: string): string[] => value.split(',').map((v) => v.trim()).filter(Boolean);

type Props = { value: IncidentDraft; onChange: (patch: Partial<IncidentDraft>) => void; summaryRequired?: boolean };

/** Type, summary, tags, actors, date with its precision, and the place picker: shared by the add and edit forms. */
export function IncidentFields({ value, onChange, summaryRequired = false }: Props) {
  return (
    <>
      <label>
        Type
        <select value={value.type} onChange={(e) => onChange({ type: e.currentTarget.value as IncidentType })}>
          <TypeOptions />
        </select>
      </label>
      <label>
        Summary
        <textarea value={value.summary} rows={3} required={summaryRequired} onChange={(e) => onChange({ summary: e.currentTarget.value })} />
      </label>
      <label>
        Tags (comma-separated)
        <input value={value.tags} onChange={(e) => onChange({ tags: e.currentTarget.value })} />
      </label>
      <label>
        Actors (comma-separated)
        <input value={value.actors} onChange={(e) => onChange({ actors: e.currentTarget.value })} />
      </label>
      <div className="edit-row">
        <label>
          Date
          <input value={value.date} onChange={(e) => onChange({ date: e.currentTarget.value })} placeholder="YYYY-MM-DD, YYYY-MM or YYYY" />
        </label>
        <label>
          Precision
          <select value={value.datePrecision} onChange={(e) => onChange({ datePrecision: e.currentTarget.value as DatePrecision })}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
      </div>
      <PlacePicker value={value.place} onChange={(place) => onChange({ place })} />
    </>
  );
}
