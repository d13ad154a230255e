'use client';

import { useState, type FormEvent } from 'react';
import { IncidentFields, splitList, type IncidentDraft } from './incident-fields';

type ArticleChoice = { id: number; label: string };
type Props = { articles: ArticleChoice[] };

const EMPTY_DRAFT: IncidentDraft = {
  type: 'arrest',
  summary: '',
  tags: '',
  actors: '',
  date: '',
  datePrecision: 'day',
  place: { placeName: '', admin1: null, country: null, lat: null, lon: null, locationPrecision: 'unknown' },
};

/** Adds an incident by hand, citing an article already stored or a new one. */
export function AddIncidentForm({ articles }: Props) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [sourceKind, setSourceKind] = useState<'existing' | 'new'>(articles.length ? 'existing' : 'new');
  const [message, setMessage] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<number | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const source =
      sourceKind === 'existing'
        ? { articleId: Number(text('articleId')) }
        : { outlet: text('outlet'), title: text('title'), url: text('url') || null, publishedAt: text('publishedAt') || null };
    const body = {
      type: draft.type,
      summary: draft.summary.trim(),
      tags: splitList(draft.tags),
      actors: splitList(draft.actors),
      date: { date: draft.date.trim() || null, datePrecision: draft.datePrecision },
      place: draft.place.placeName ? draft.place : null,
      source,
    };
    const response = await fetch('/api/review/incidents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json().catch(() => ({}))) as { id?: number; message?: string };
    if (!response.ok) return setMessage(json.message ?? `Failed (${response.status})`);
    setCreatedId(json.id ?? null);
    setMessage(`Added incident #${json.id}.`);
  }

  return (
    <form className="edit-form" onSubmit={submit} aria-label="Add an incident">
      <IncidentFields value={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} summaryRequired />
      <fieldset className="place-picker">
        <legend>Source</legend>
        <label className="check">
          <input type="radio" checked={sourceKind === 'existing'} onChange={() => setSourceKind('existing')} disabled={!articles.length} /> An article already stored
        </label>
        <label className="check">
          <input type="radio" checked={sourceKind === 'new'} onChange={() => setSourceKind('new')} /> A new citation
        </label>
        {sourceKind === 'existing' ? (
          <label>
            Article
            <select name="articleId">
              {articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <label>
              Outlet
              <input name="outlet" required />
            </label>
            <label>
              Title
              <input name="title" required />
            </label>
            <label>
              URL
              <input name="url" type="url" />
            </label>
            <label>
              Published (YYYY-MM-DD)
              <input name="publishedAt" />
            </label>
          </>
        )}
      </fieldset>
      <button type="submit" className="button">
        Add incident
      </button>
      {message && (
        <p role="status" data-testid="add-message">
          {message} {createdId && <a href={`/incidents/${createdId}`}>Open it</a>}
        </p>
      )}
    </form>
  );
}
