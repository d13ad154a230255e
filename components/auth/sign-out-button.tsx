'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';

/** Ends the session, then goes to the dashboard. */
export function SignOutButton() {
  const router = useRouter();
  const t = useTranslations('Auth');
  async function signOut() {
    await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).catch(() => null);
    router.push('/');
    router.refresh();
  }
  return (
    <button type="button" className="link-button" onClick={signOut}>
      {t('signOut')}
    </button>
  );
}
