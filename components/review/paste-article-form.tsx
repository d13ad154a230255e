'use client';

import { useTranslations } from 'next-intl';
import { useState, type ChangeEvent } from 'react';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

type Preview = { article: { title: string; outlet: string | null; publishedAt: string | null; url: string | null }; incidents: ExtractedIncident[] };
type Draft = ExtractedIncident & { keep: boolean };

async function postJson(path: string, body: unknown): Promise<{ ok: boolean; json: Record<string, unknown> }> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { ok: response.ok, json: ((await response.json().catch(() => ({}))) ?? {}) as Record<string, unknown> };
}

/** Paste (or upload) an article, see what the extractor finds, drop or fix incidents, then save. */
export function PasteArticleForm() {
  const t = useTranslations('Paste');
  const types = useTranslations('Types');
  const [text, setText] = useState('');
  const [outlet, setOutlet] = useState('');
  const [url, setUrl] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (file) setText(await file.text());
  }

  async function runPreview() {
    setMessage(null);
    const { ok, json } = await postJson('/api/review/articles/preview', { text, outlet: outlet || null, url: url || null });
    if (!ok) return setMessage(String(json.message ?? t('unreadable')));
    const result = json as unknown as Preview;
    setPreview(result);
    setDrafts(result.incidents.map((incident) => ({ ...incident, keep: true })));
  }

  async function save() {
    const incidents = drafts.filter((d) => d.keep).map(({ keep: _keep, ...incident }) => incident);
    const { ok, json } = await postJson('/api/review/articles', { text, outlet: outlet || null, url: url || null, incidents });
    if (!ok) return setMessage(String(json.message ?? t('savingFailed')));
    setMessage(json.outcome === 'unchanged' ? t('unchanged') : t('savedWith', { count: Number(json.incidentsAdded) }));
  }

  const update = (i: number, patch: Partial<Draft>) => setDrafts((prev) => prev.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  return (
    <div className="edit-form">
      <label>
        {t('text')}
        <textarea value={text} rows={12} onChange={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        {t('upload')}
        <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={loadFile} />
      </label>
      <div className="edit-row">
        <label>
          {t('outlet')}
          <input value={outlet} onChange={(e) => setOutlet(e.currentTarget.value)} />
        </label>
        <label>
          URL
          <input value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
        </label>
      </div>
      <button type="button" className="button" onClick={runPreview} disabled={!text.trim()}>
        {t('preview')}
      </button>
      {message && <p role="status" data-testid="paste-message">{message}</p>}
      {preview && (
        <section aria-label={t('previewLabel')} data-testid="paste-preview">
          <h2>{preview.article.title}</h2>
          <p className="muted">
            {preview.article.outlet ?? t('unknownOutlet')} · {preview.article.publishedAt ?? t('noDate')}
          </p>
          {drafts.length === 0 && <p>{t('noIncident')}</p>}
          <ol className="history-list">
            {drafts.map((d, i) => (
              <li key={i} data-testid="paste-incident">
                <label className="check">
                  <input type="checkbox" checked={d.keep} onChange={(e) => update(i, { keep: e.currentTarget.checked })} /> {t('keep')}
                </label>
                <select aria-label={t('typeOf', { n: i + 1 })} value={d.type} onChange={(e) => update(i, { type: e.currentTarget.value as IncidentType })}>
                  {INCIDENT_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {types(t)}
                    </option>
                  ))}
                </select>{' '}
                {d.placeName ?? t('unknownPlace')} · {d.date ?? t('noDate')}
                <input aria-label={t('summaryOf', { n: i + 1 })} value={d.summary} onChange={(e) => update(i, { summary: e.currentTarget.value })} />
                <blockquote className="evidence">{d.evidence}</blockquote>
              </li>
            ))}
          </ol>
          <button type="button" className="button" onClick={save}>
            {t('save')}
          </button>
        </section>
      )}
    </div>
  );
}
