import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/auth/get-viewer';
import { hasRole } from '@/lib/auth/roles';
import { getIncidentHistory, type HistoryEntry } from '@/lib/review/get-incident-history';
import { UndoMergeButton } from '@/components/review/undo-merge-button';
import '@/components/review/review.css';

/** Audit actions with a message of their own in messages/*.json (History.<action>). */
const ACTIONS = new Set(['ingest', 'reextract', 'approve', 'reject', 'edit', 'add', 'merge', 'unmerge']);

function formatWhen(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Merges still standing, which an editor may undo: `merge:<id>` batches without a matching `unmerge:<id>`. */
function openMerges(entries: HistoryEntry[]): number[] {
  const undone = new Set(entries.filter((e) => e.batch?.startsWith('unmerge:')).map((e) => e.batch!.slice(8)));
  const merges = entries.filter((e) => e.batch?.startsWith('merge:') && e.field === 'mergedFrom').map((e) => e.batch!.slice(6));
  return [...new Set(merges)].filter((id) => !undone.has(id)).map(Number);
}

/** Who reviewed an incident, and every change to it (the audit trail), newest first. */
export async function IncidentHistory({ incidentId }: { incidentId: number }) {
  const [history, viewer, t] = await Promise.all([getIncidentHistory(incidentId), getViewer(), getTranslations('History')]);
  if (!history) return null;
  const canUndo = viewer !== null && hasRole(viewer.role, 'editor');
  return (
    <section className="incident-history" aria-labelledby={`history-${incidentId}`} data-testid="incident-history">
      <h3 id={`history-${incidentId}`} className="sources-heading">
        {t('title')}
      </h3>
      <p data-testid="review-state">
        {history.reviewedBy && history.reviewedAt
          ? t('reviewedBy', { who: history.reviewedBy, when: formatWhen(history.reviewedAt) })
          : history.createdBy
            ? t('addedBy', { who: history.createdBy })
            : t('notReviewed')}
      </p>
      {canUndo &&
        openMerges(history.entries).map((mergeId) => <UndoMergeButton key={mergeId} mergeId={mergeId} />)}
      <ol className="history-list">
        {history.entries.map((entry) => (
          <li key={entry.id} data-testid="history-entry">
            <span className="muted">{formatWhen(entry.at)}</span> {entry.actor} {ACTIONS.has(entry.action) ? t(entry.action) : entry.action}
            {entry.field && (
              <>
                {' '}
                <strong>{entry.field}</strong>: <span className="history-before">{entry.before ?? '—'}</span> →{' '}
                <span className="history-after">{entry.after ?? '—'}</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
