'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';

/** Copies the current address (which holds the whole view) and shows it, in case the clipboard is blocked. */
export function CopyLinkButton() {
  const t = useTranslations('Share');
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
    } catch {
      // Clipboard refused (insecure context, permissions): the link stays visible to copy by hand.
    }
    setCopied(href);
  }

  return (
    <div className="copy-link">
      <button type="button" className="button secondary" onClick={copy}>
        {t('copyLink')}
      </button>
      <span role="status" aria-live="polite" className="muted">
        {copied ? t('linkCopied') : ''}
      </span>
      {/* Always in the layout, shown once there is a link in it: appearing must not push the page down. */}
      <input
        className="copy-link-field"
        readOnly
        value={copied ?? ''}
        aria-label={t('linkField')}
        data-testid="shared-link"
        style={{ visibility: copied ? 'visible' : 'hidden' }}
        tabIndex={copied ? undefined : -1}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}
