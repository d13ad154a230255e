import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/dashboard/site-header';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getViewer } from '@/lib/auth/get-viewer';
import { safeNextPath } from '@/lib/auth/safe-next';
import '@/components/review/review.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('signIn'), robots: { index: false } };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: PageProps) {
  const next = safeNextPath((await searchParams).next);
  const [viewer, t] = await Promise.all([getViewer(), getTranslations('Auth')]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="auth-page">
        <section className="panel">
          <h1>{t('signIn')}</h1>
          {viewer ? (
            <p>
              {t('signedInAs', { email: viewer.email })} <a href={next}>{t('continue')}</a>
            </p>
          ) : (
            <>
              <p className="muted">{t.rich('forEditors', { code: (chunks) => <code>{chunks}</code> })}</p>
              <SignInForm next={next} />
            </>
          )}
        </section>
      </main>
    </>
  );
}
