import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/dashboard/site-header';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <>
      <SiteHeader />
      <main id="main" className="permalink">
        <div className="panel">
          <h1>{t('title')}</h1>
          <p>{t('text')}</p>
          <p>
            <Link href="/">{t('back')}</Link>
          </p>
        </div>
      </main>
    </>
  );
}
