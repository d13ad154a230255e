'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Undoes one merge, then reloads the page's data. */
export function UndoMergeButton({ mergeId }: { mergeId: number }) {
  const router = useRouter();
  const t = useTranslations('History');
  const [error, setError] = useState<string | null>(null);
  async function undo() {
    const response = await fetch(`/api/review/merge/${mergeId}/undo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setError(body?.message ?? t('undoFailed', { status: response.status }));
      return;
    }
    router.refresh();
  }
  return (
    <p>
      <button type="button" className="button button-secondary" onClick={undo}>
        {t('undoMerge', { id: mergeId })}
      </button>
      {error && <span role="alert" className="form-error"> {error}</span>}
    </p>
  );
}
