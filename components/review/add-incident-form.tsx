'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { IncidentFieldset, splitList, type IncidentFieldValues } from './incident-fieldset';

type ArticleChoice = { id: number; label: string };
type Props = { articles: ArticleChoice[] };

const EMPTY: IncidentFieldValues = {
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
  const t = useTranslations('IncidentForm');
  const [fields, setFields] = useState(EMPTY);
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
      type: fields.type,
      summary: fields.summary.trim(),
      tags: splitList(fields.tags),
      actors: splitList(fields.actors),
      date: { date: fields.date.trim() || null, datePrecision: fields.datePrecision },
      place: fields.place.placeName ? fields.place : null,
      source,
    };
    const response = await fetch('/api/review/incidents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json().catch(() => ({}))) as { id?: number; message?: string };
    if (!response.ok) return setMessage(json.message ?? t('failed', { status: response.status }));
    setCreatedId(json.id ?? null);
    setMessage(t('added', { id: String(json.id) }));
  }

  return (
    <form className="edit-form" onSubmit={submit} aria-label={t('addTitle')}>
      <IncidentFieldset value={fields} onChange={setFields} summaryRequired />
      <fieldset className="place-picker">
        <legend>{t('source')}</legend>
        <label className="check">
          <input type="radio" checked={sourceKind === 'existing'} onChange={() => setSourceKind('existing')} disabled={!articles.length} /> {t('existingArticle')}
        </label>
        <label className="check">
          <input type="radio" checked={sourceKind === 'new'} onChange={() => setSourceKind('new')} /> {t('newCitation')}
        </label>
        {sourceKind === 'existing' ? (
          <label>
            {t('article')}
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
              {t('outlet')}
              <input name="outlet" required />
            </label>
            <label>
              {t('title')}
              <input name="title" required />
            </label>
            <label>
              URL
              <input name="url" type="url" />
            </label>
            <label>
              {t('published')}
              <input name="publishedAt" />
            </label>
          </>
        )}
      </fieldset>
      <button type="submit" className="button">
        {t('addIncident')}
      </button>
      {message && (
        <p role="status" data-testid="add-message">
          {message} {createdId && <a href={`/incidents/${createdId}`}>{t('openIt')}</a>}
        </p>
      )}
    </form>
  );
}
