'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { DatePrecision, IncidentType, LocationPrecision } from '@/lib/taxonomy';
import type { IncidentEdit, IncidentPlace } from '@/lib/review/incident-edit-schema';
import type { QueueItem } from '@/lib/review/list-review-queue';
import { IncidentFieldset, splitList, type IncidentFieldValues } from './incident-fieldset';

type Props = { item: QueueItem; onDone: (saved: boolean) => void };

function placeOf(item: QueueItem): IncidentPlace {
  return {
    placeName: item.placeName ?? '',
    admin1: item.admin1,
    country: item.country,
    lat: item.lat,
    lon: item.lon,
    locationPrecision: item.locationPrecision as LocationPrecision,
  };
}

function fieldsOf(item: QueueItem): IncidentFieldValues {
  return {
    type: item.type as IncidentType,
    summary: item.summary,
    tags: item.tags.join(', '),
    actors: item.actors.join(', '),
    date: item.date ?? '',
    datePrecision: item.datePrecision as DatePrecision,
    place: placeOf(item),
  };
}

/** What the editor changed, field by field; empty when nothing did. */
function changesOf(item: QueueItem, f: IncidentFieldValues): IncidentEdit {
  const edit: IncidentEdit = {};
  if (f.type !== item.type) edit.type = f.type;
  if (f.summary.trim() !== item.summary) edit.summary = f.summary.trim();
  if (splitList(f.tags).join(',') !== item.tags.join(',')) edit.tags = splitList(f.tags);
  if (splitList(f.actors).join(',') !== item.actors.join(',')) edit.actors = splitList(f.actors);
  if ((f.date || null) !== item.date || f.datePrecision !== item.datePrecision) edit.date = { date: f.date || null, datePrecision: f.datePrecision };
  if (JSON.stringify(f.place) !== JSON.stringify(placeOf(item))) edit.place = f.place;
  return edit;
}

/** Edits every field of one incident; sends only what changed. */
export function EditForm({ item, onDone }: Props) {
  const t = useTranslations('IncidentForm');
  const [fields, setFields] = useState(() => fieldsOf(item));
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const edit = changesOf(item, fields);
    if (!Object.keys(edit).length) return onDone(false);
    const response = await fetch(`/api/review/incidents/${item.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(edit),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setError(body?.message ?? t('savingFailed', { status: response.status }));
      return;
    }
    onDone(true);
  }

  return (
    <form className="edit-form" onSubmit={save} aria-label={t('editLabel', { id: String(item.id) })}>
      <IncidentFieldset value={fields} onChange={setFields} />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="edit-row">
        <button type="submit" className="button">
          {t('saveChanges')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
