import type { Metadata } from 'next';
import { SiteHeader } from '@/components/dashboard/site-header';
import { AccountToggle } from '@/components/auth/account-toggle';
import { requirePageRole } from '@/lib/auth/get-viewer';
import { listAccounts } from '@/lib/auth/manage-accounts';
import '@/components/review/review.css';

export const metadata: Metadata = { title: 'Accounts', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function AdminPage() {
  const { actor, allowed } = await requirePageRole('admin', '/admin');
  if (!allowed) {
    return (
      <>
        <SiteHeader />
        <main id="main" className="auth-page">
          <p className="panel" role="alert">Only admins manage accounts; you are signed in as {actor.email} ({actor.role}).</p>
        </main>
      </>
    );
  }
  const accounts = await listAccounts();
  return (
    <>
      <SiteHeader />
      <main id="main" className="admin-page">
        <h1>Accounts</h1>
        <p className="muted">
          New accounts: <code>npm run user:add -- --email a@b.org --role editor</code>. Disabling an account ends its sessions at once.
        </p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">Open sessions</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-testid="account-row">
                <td>{account.email}</td>
                <td>{account.name}</td>
                <td>{account.role}</td>
                <td>{account.disabled ? 'disabled' : 'active'}</td>
                <td>{account.sessions}</td>
                <td>{account.id === actor.id ? <span className="muted">you</span> : <AccountToggle id={account.id} email={account.email} disabled={account.disabled} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </>
  );
}
