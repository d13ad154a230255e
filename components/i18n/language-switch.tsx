'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import { LOCALES } from '@/lib/i18n/locales';
import styles from './language-switch.module.css';

const NAMES: Record<(typeof LOCALES)[number], string> = { en: 'English', ko: '한국어' };

/**
 * English / 한국어: links to this same view with `lang=` set, so the choice is in the URL a user shares.
 * Plain links (a full load), because the layout's `<html lang>` and messages are rendered once per load.
 */
export function LanguageSwitch() {
  const t = useTranslations('Header');
  const current = useLocale();
  const pathname = usePathname();
  const params = useSearchParams();
  const hrefFor = (lang: string) => {
    const next = new URLSearchParams(params.toString());
    next.set('lang', lang);
    return `${pathname}?${next.toString().replaceAll('%2C', ',').replaceAll('%2F', '/')}`;
  };
  return (
    <nav aria-label={t('language')} className={styles.switch}>
      {LOCALES.map((lang) => (
        <a key={lang} href={hrefFor(lang)} lang={lang} hrefLang={lang} aria-current={lang === current ? 'true' : undefined}>
          {NAMES[lang]}
        </a>
      ))}
    </nav>
  );
}
