'use client';

import { useState, type FormEvent } from 'react';
import { DATE_PRECISIONS, INCIDENT_TYPES, TYPE_LABELS, type DatePrecision, type IncidentType, type LocationPrecision } from '@/lib/taxonomy';
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
      setError(body?.message ?? `Saving failed (${response.status})`);
      return;
    }
    onDone(true);
  }

  return (
    <form className="edit-form" onSubmit={save} aria-label={`Edit incident ${item.id}`}>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.currentTarget.value as IncidentType)}>
          {INCIDENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Summary
        <textarea value={summary} rows={3} onChange={(e) => setSummary(e.currentTarget.value)} />
      </label>
      <label>
        Tags (comma-separated)
        <input value={tags} onChange={(e) => setTags(e.currentTarget.value)} />
      </label>
      <label>
        Actors (comma-separated)
        <input value={actors} onChange={(e) => setActors(e.currentTarget.value)} />
      </label>
      <div className="edit-row">
        <label>
          Date
          <input value={date} onChange={(e) => setDate(e.currentTarget.value)} placeholder="YYYY-MM-DD, YYYY-MM or YYYY" />
        </label>
        <label>
          Precision
          <select value={datePrecision} onChange={(e) => setDatePrecision(e.currentTarget.value as DatePrecision)}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p}>{p}</option>
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
          Save changes
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
