'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

type Props = { id: string; email: string; disabled: boolean };

/** Disable / enable button for one account on the admin page. */
export function AccountToggle({ id, email, disabled }: Props) {
  const router = useRouter();
  const t = useTranslations('Admin');
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setError(null);
    const response = await fetch(`/api/admin/users/${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ disabled: !disabled }),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setError(body?.message ?? t('failed', { status: response.status }));
      return;
    }
    router.refresh();
  }
  return (
    <>
      <button type="button" className="button button-secondary" onClick={toggle} aria-label={disabled ? t('enableAccount', { email }) : t('disableAccount', { email })}>
        {disabled ? t('enable') : t('disable')}
      </button>
      {error && <span role="alert" className="form-error">{error}</span>}
    </>
  );
}
