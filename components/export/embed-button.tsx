'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type SyntheticEvent } from 'react';
import { toIframeCode } from '@/lib/embed/embed-href';
import { parseDashboardState } from '@/lib/url/dashboard-state';
import styles from './share-menu.module.css';

/** "Embed": the `<iframe>` code for the current view (filters and map position), ready to copy. */
export function EmbedButton() {
  const t = useTranslations('Share');
  const params = useSearchParams();
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState(false);

  // Built when opened, from the live URL (the map position changes without a navigation).
  function toggle(event: SyntheticEvent<HTMLDetailsElement>) {
    setCopied(false);
    if (event.currentTarget.open) {
      const state = parseDashboardState(new URLSearchParams(window.location.search || params.toString()));
      setCode(toIframeCode(window.location.origin, state));
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // Clipboard refused: the code stays in the box to copy by hand.
    }
  }

  return (
    <details className={styles.menu} onToggle={toggle}>
      <summary className="button secondary">{t('embed')}</summary>
      <div className={styles.panel}>
        <label htmlFor="embed-code">{t('embedIntro')}</label>
        <textarea id="embed-code" className={styles.code} readOnly value={code} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button secondary" onClick={copy}>
          {t('copyCode')}
        </button>
        <span role="status" aria-live="polite" className="muted">
          {copied ? ` ${t('codeCopied')}` : ''}
        </span>
      </div>
    </details>
  );
}
