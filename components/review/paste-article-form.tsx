'use client';

import { useState, type ChangeEvent } from 'react';
import { INCIDENT_TYPES, TYPE_LABELS, type IncidentType } from '@/lib/taxonomy';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

type Preview = { article: { title: string; outlet: string | null; publishedAt: string | null; url: string | null }; incidents: ExtractedIncident[] };
type Draft = ExtractedIncident & { keep: boolean };

async function postJson(path: string, body: unknown): Promise<{ ok: boolean; json: Record<string, unknown> }> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { ok: response.ok, json: ((await response.json().catch(() => ({}))) ?? {}) as Record<string, unknown> };
}

/** Paste (or upload) an article, see what the extractor finds, drop or fix incidents, then save. */
export function PasteArticleForm() {
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
    if (!ok) return setMessage(String(json.message ?? 'The article could not be read.'));
    const result = json as unknown as Preview;
    setPreview(result);
    setDrafts(result.incidents.map((incident) => ({ ...incident, keep: true })));
  }

  async function save() {
    const incidents = drafts.filter((d) => d.keep).map(({ keep: _keep, ...incident }) => incident);
    const { ok, json } = await postJson('/api/review/articles', { text, outlet: outlet || null, url: url || null, incidents });
    if (!ok) return setMessage(String(json.message ?? 'Saving failed.'));
    setMessage(json.outcome === 'unchanged' ? 'This article was already stored; nothing changed.' : `Saved the article with ${String(json.incidentsAdded)} incident(s).`);
  }

  const update = (i: number, patch: Partial<Draft>) => setDrafts((prev) => prev.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  return (
    <div className="edit-form">
      <label>
        Article text (plain text or a saved HTML page)
        <textarea value={text} rows={12} onChange={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        Or upload a .txt or .html file
        <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={loadFile} />
      </label>
      <div className="edit-row">
        <label>
          Outlet
          <input value={outlet} onChange={(e) => setOutlet(e.currentTarget.value)} />
        </label>
        <label>
          URL
          <input value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
        </label>
      </div>
      <button type="button" className="button" onClick={runPreview} disabled={!text.trim()}>
        Preview the extraction
      </button>
      {message && <p role="status" data-testid="paste-message">{message}</p>}
      {preview && (
        <section aria-label="Extraction preview" data-testid="paste-preview">
          <h2>{preview.article.title}</h2>
          <p className="muted">
            {preview.article.outlet ?? 'Unknown outlet'} · {preview.article.publishedAt ?? 'no date'}
          </p>
          {drafts.length === 0 && <p>No incident found.</p>}
          <ol className="history-list">
            {drafts.map((d, i) => (
              <li key={i} data-testid="paste-incident">
                <label className="check">
                  <input type="checkbox" checked={d.keep} onChange={(e) => update(i, { keep: e.currentTarget.checked })} /> Keep
                </label>
                <select aria-label={`Type of incident ${i + 1}`} value={d.type} onChange={(e) => update(i, { type: e.currentTarget.value as IncidentType })}>
                  {INCIDENT_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {TYPE_LABELS[t]}
                    </option>
                  ))}
                </select>{' '}
                {d.placeName ?? 'unknown place'} · {d.date ?? 'no date'}
                <input aria-label={`Summary of incident ${i + 1}`} value={d.summary} onChange={(e) => update(i, { summary: e.currentTarget.value })} />
                <blockquote className="evidence">{d.evidence}</blockquote>
              </li>
            ))}
          </ol>
          <button type="button" className="button" onClick={save}>
            Save article and kept incidents
          </button>
        </section>
      )}
    </div>
  );
}
