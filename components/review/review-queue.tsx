'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import type { QueueItem } from '@/lib/review/list-review-queue';
import { EditForm } from './edit-form';
import { QueueItemDetail } from './queue-item-detail';

type Props = { items: QueueItem[] };

async function post(path: string, body: unknown): Promise<string | null> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.ok) return null;
  const json = (await response.json().catch(() => null)) as { message?: string } | null;
  return json?.message ?? `Request failed (${response.status})`;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The queue, keyboard first: j/k move, a approves, r rejects, e edits, x selects for bulk. A decided item
 * leaves the list at once; the server's counts follow with a refresh.
 */
export function ReviewQueue({ items }: Props) {
  const router = useRouter();
  const t = useTranslations('Review');
  const types = useTranslations('Types');
  const typeLabel = (type: string) => (INCIDENT_TYPES.find((known) => known === type) ? types(type) : type);
  const [done, setDone] = useState<Set<number>>(new Set());
  const [current, setCurrent] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const visible = items.filter((item) => !done.has(item.id));
  const index = Math.min(current, Math.max(visible.length - 1, 0));
  const item = visible[index] ?? null;

  const decide = useCallback(
    async (ids: number[], decision: 'reviewed' | 'rejected') => {
      if (!ids.length) return;
      const error = await post('/api/review/decide', { ids, decision });
      if (error) return setMessage(error);
      setDone((prev) => new Set([...prev, ...ids]));
      setSelected(new Set());
      setMessage(
        ids.length === 1
          ? t(decision === 'reviewed' ? 'approvedOne' : 'rejectedOne', { id: String(ids[0]) })
          : t(decision === 'reviewed' ? 'approvedMany' : 'rejectedMany', { count: ids.length }),
      );
      router.refresh();
    },
    [router, t],
  );

  const merge = useCallback(
    async (keptId: number, droppedId: number) => {
      const error = await post('/api/review/merge', { keptId, droppedId });
      if (error) return setMessage(error);
      setDone((prev) => new Set([...prev, droppedId]));
      setMessage(t('merged', { dropped: String(droppedId), kept: String(keptId) }));
      router.refresh();
    },
    [router, t],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape' && editing) return setEditing(false);
      if (editing || isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === 'j') setCurrent(Math.min(index + 1, visible.length - 1));
      else if (event.key === 'k') setCurrent(Math.max(index - 1, 0));
      else if (event.key === 'a' && item) void decide([item.id], 'reviewed');
      else if (event.key === 'r' && item) void decide([item.id], 'rejected');
      else if (event.key === 'e' && item) setEditing(true);
      else if (event.key === 'x' && item) {
        setSelected((prev) => {
          const next = new Set(prev);
          if (!next.delete(item.id)) next.add(item.id);
          return next;
        });
      } else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [decide, editing, index, item, visible.length]);

  useEffect(() => {
    document.getElementById(`queue-item-${item?.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [item?.id]);

  if (!item) return <p className="panel" role="status" data-testid="queue-empty">{t('nothingLeft')}</p>;

  const bulk = [...selected].filter((id) => !done.has(id));
  return (
    <div className="review-queue">
      <p role="status" aria-live="polite" className="muted" data-testid="queue-message">
        {message}
      </p>
      <div className="bulk-bar">
        <span>{t('selected', { count: bulk.length })}</span>
        <button type="button" className="button" disabled={!bulk.length} onClick={() => decide(bulk, 'reviewed')}>
          {t('approveSelected')}
        </button>
        <button type="button" className="button button-secondary" disabled={!bulk.length} onClick={() => decide(bulk, 'rejected')}>
          {t('rejectSelected')}
        </button>
      </div>
      <div className="queue-columns">
        <ol className="queue-list" aria-label={t('toReview')}>
          {visible.map((entry, i) => (
            <li key={entry.id} id={`queue-item-${entry.id}`} className={i === index ? 'queue-row current' : 'queue-row'} aria-current={i === index ? 'true' : undefined} data-testid="queue-row">
              <input type="checkbox" aria-label={t('select', { id: String(entry.id) })} checked={selected.has(entry.id)} onChange={() => setSelected((prev) => {
                const next = new Set(prev);
                if (!next.delete(entry.id)) next.add(entry.id);
                return next;
              })} />
              <button type="button" className="queue-row-button" onClick={() => { setCurrent(i); setEditing(false); }}>
                <strong>#{entry.id} {typeLabel(entry.type)}</strong> · {entry.placeName ?? t('unknownPlace')} · {entry.date ?? t('noDate')} ·{' '}
                <span className="muted">{entry.confidence.toFixed(2)}</span>
                <span className="queue-row-summary">{entry.summary}</span>
              </button>
            </li>
          ))}
        </ol>
        <article className="panel queue-current" aria-label={t('incident', { id: String(item.id) })} data-testid="queue-current" data-incident-id={item.id}>
          <h2 className="incident-summary">{item.summary}</h2>
          <div className="edit-row">
            <button type="button" className="button" onClick={() => decide([item.id], 'reviewed')}>
              {t('approve')} <kbd>a</kbd>
            </button>
            <button type="button" className="button button-secondary" onClick={() => decide([item.id], 'rejected')}>
              {t('reject')} <kbd>r</kbd>
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t('edit')} <kbd>e</kbd>
            </button>
          </div>
          {editing ? (
            <EditForm
              key={item.id}
              item={item}
              onDone={(saved) => {
                setEditing(false);
                if (saved) {
                  setMessage(t('saved', { id: String(item.id) }));
                  router.refresh();
                }
              }}
            />
          ) : (
            <QueueItemDetail item={item} onMerge={(duplicateId) => merge(item.id, duplicateId)} />
          )}
        </article>
      </div>
    </div>
  );
}
