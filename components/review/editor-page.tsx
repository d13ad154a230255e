import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/dashboard/site-header';

type Props = { title: string; refusal: string | null; children: ReactNode };

/** The frame of an editor's page under /review: the way back to the queue, the title, then the form or why not. */
export async function EditorPage({ title, refusal, children }: Props) {
  const t = await getTranslations('Review');
  return (
    <>
      <SiteHeader />
      <main id="main" className="admin-page">
        <p>
          <Link href="/review">{t('backToQueue')}</Link>
        </p>
        <h1>{title}</h1>
        {refusal === null ? children : <p role="alert">{refusal}</p>}
      </main>
    </>
  );
}
