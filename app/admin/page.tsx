import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/dashboard/site-header';
import { AccountToggle } from '@/components/auth/account-toggle';
import { requirePageRole } from '@/lib/auth/get-viewer';
import { listAccounts } from '@/lib/auth/manage-accounts';
import '@/components/review/review.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin'))('title'), robots: { index: false } };
}

export const dynamic = 'force-dynamic';

export default async function AdminPage() {
  const { actor, allowed } = await requirePageRole('admin', '/admin');
  const t = await getTranslations('Admin');
  if (!allowed) {
    return (
      <>
        <SiteHeader />
        <main id="main" className="auth-page">
          <p className="panel" role="alert">{t('onlyAdmins', { email: actor.email, role: actor.role })}</p>
        </main>
      </>
    );
  }
  const accounts = await listAccounts();
  return (
    <>
      <SiteHeader />
      <main id="main" className="admin-page">
        <h1>{t('title')}</h1>
        <p className="muted">
          {t.rich('newAccounts', { code: (chunks) => <code>{chunks}</code> })}
        </p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('sessions')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-testid="account-row">
                <td>{account.email}</td>
                <td>{account.name}</td>
                <td>{account.role}</td>
                <td>{account.disabled ? t('disabled') : t('active')}</td>
                <td>{account.sessions}</td>
                <td>{account.id === actor.id ? <span className="muted">{t('you')}</span> : <AccountToggle id={account.id} email={account.email} disabled={account.disabled} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </>
  );
}
