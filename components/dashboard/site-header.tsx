import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { LanguageSwitch } from '@/components/i18n/language-switch';

export function SiteHeader() {
  const t = useTranslations('Header');
  return (
    <header className="site-header">
      <div>
        <Link href="/" className="brand">
          Incident Atlas
        </Link>
        <p className="tagline">{t('tagline')}</p>
      </div>
      <LanguageSwitch />
    </header>
  );
}
