import type { Metadata } from 'next';
import { SiteHeader } from '@/components/dashboard/site-header';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getViewer } from '@/lib/auth/get-viewer';
import { safeNextPath } from '@/lib/auth/safe-next';
import '@/components/review/review.css';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: PageProps) {
  const next = safeNextPath((await searchParams).next);
  const viewer = await getViewer();
  return (
    <>
      <SiteHeader />
      <main id="main" className="auth-page">
        <section className="panel">
          <h1>Sign in</h1>
          {viewer ? (
            <p>
              You are signed in as {viewer.email}. <a href={next}>Continue</a>
            </p>
          ) : (
            <>
              <p className="muted">For editors and admins. Accounts are created with <code>npm run user:add</code> or by an admin.</p>
              <SignInForm next={next} />
            </>
          )}
        </section>
      </main>
    </>
  );
}
