'use client';

import { useState, type FormEvent } from 'react';
import type { DatePrecision, IncidentType, LocationPrecision } from '@/lib/taxonomy';
import type { IncidentEdit } from '@/lib/review/incident-edit-schema';
import type { QueueItem } from '@/lib/review/list-review-queue';
import { IncidentFields, splitList, type IncidentDraft } from './incident-fields';

type Props = { item: QueueItem; onDone: (saved: boolean) => void };

function draftOf(item: QueueItem): IncidentDraft {
  return {
    type: item.type as IncidentType,
    summary: item.summary,
    tags: item.tags.join(', '),
    actors: item.actors.join(', '),
    date: item.date ?? '',
    datePrecision: item.datePrecision as DatePrecision,
    place: {
      placeName: item.placeName ?? '',
      admin1: item.admin1,
      country: item.country,
      lat: item.lat,
      lon: item.lon,
      locationPrecision: item.locationPrecision as LocationPrecision,
    },
  };
}

/** Only the fields that changed. */
function diffDraft(item: QueueItem, d: IncidentDraft): IncidentEdit {
  const edit: IncidentEdit = {};
  if (d.type !== item.type) edit.type = d.type;
  if (d.summary.trim() !== item.summary) edit.summary = d.summary.trim();
  if (splitList(d.tags).join(',') !== item.tags.join(',')) edit.tags = splitList(d.tags);
  if (splitList(d.actors).join(',') !== item.actors.join(',')) edit.actors = splitList(d.actors);
  if ((d.date || null) !== item.date || d.datePrecision !== item.datePrecision) edit.date = { date: d.date || null, datePrecision: d.datePrecision };
  if (JSON.stringify(d.place) !== JSON.stringify(draftOf(item).place)) edit.place = d.place;
  return edit;
}

/** Edits every field of one incident; sends only what changed. */
export function EditForm({ item, onDone }: Props) {
  const [draft, setDraft] = useState(() => draftOf(item));
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const edit = diffDraft(item, draft);
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
      <IncidentFields value={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
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
