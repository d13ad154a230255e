'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { DATE_PRECISIONS, INCIDENT_TYPES, type DatePrecision, type IncidentType, type LocationPrecision } from '@/lib/taxonomy';
import type { IncidentEdit, IncidentPlace } from '@/lib/review/incident-edit-schema';
import type { QueueItem } from '@/lib/review/list-review-queue';
import { PlacePicker } from './place-picker';

type Props = { item: QueueItem; onDone: (saved: boolean) => void };

const splitList = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);

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

/** Edits every field of one incident; sends only what changed. */
export function EditForm({ item, onDone }: Props) {
  const t = useTranslations('IncidentForm');
  const types = useTranslations('Types');
  const precisions = useTranslations('Precision');
  const [type, setType] = useState(item.type as IncidentType);
  const [summary, setSummary] = useState(item.summary);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [actors, setActors] = useState(item.actors.join(', '));
  const [date, setDate] = useState(item.date ?? '');
  const [datePrecision, setDatePrecision] = useState(item.datePrecision as DatePrecision);
  const [place, setPlace] = useState(placeOf(item));
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const edit: IncidentEdit = {};
    if (type !== item.type) edit.type = type;
    if (summary.trim() !== item.summary) edit.summary = summary.trim();
    if (splitList(tags).join(',') !== item.tags.join(',')) edit.tags = splitList(tags);
    if (splitList(actors).join(',') !== item.actors.join(',')) edit.actors = splitList(actors);
    if ((date || null) !== item.date || datePrecision !== item.datePrecision) edit.date = { date: date || null, datePrecision };
    if (JSON.stringify(place) !== JSON.stringify(placeOf(item))) edit.place = place;
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
      <label>
        {t('type')}
        <select value={type} onChange={(e) => setType(e.currentTarget.value as IncidentType)}>
          {INCIDENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {types(t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('summary')}
        <textarea value={summary} rows={3} onChange={(e) => setSummary(e.currentTarget.value)} />
      </label>
      <label>
        {t('tags')}
        <input value={tags} onChange={(e) => setTags(e.currentTarget.value)} />
      </label>
      <label>
        {t('actors')}
        <input value={actors} onChange={(e) => setActors(e.currentTarget.value)} />
      </label>
      <div className="edit-row">
        <label>
          {t('date')}
          <input value={date} onChange={(e) => setDate(e.currentTarget.value)} placeholder={t('datePlaceholder')} />
        </label>
        <label>
          {t('precision')}
          <select value={datePrecision} onChange={(e) => setDatePrecision(e.currentTarget.value as DatePrecision)}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {precisions(p)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PlacePicker value={place} onChange={setPlace} />
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
