'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Undoes one merge, then reloads the page's data. */
export function UndoMergeButton({ mergeId }: { mergeId: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function undo() {
    const response = await fetch(`/api/review/merge/${mergeId}/undo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setError(body?.message ?? `Undo failed (${response.status})`);
      return;
    }
    router.refresh();
  }
  return (
    <p>
      <button type="button" className="button button-secondary" onClick={undo}>
        Undo merge #{mergeId}
      </button>
      {error && <span role="alert" className="form-error"> {error}</span>}
    </p>
  );
}
