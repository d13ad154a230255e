import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { getSiteUrl } from '@/lib/preview/site-url';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: getSiteUrl(),
  title: { default: 'Incident Atlas', template: '%s · Incident Atlas' },
  description: 'Arrests, trials, escapes and crackdowns reported from North Korea, on a map with charts.',
  applicationName: 'Incident Atlas',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#12324a' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Layout')]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
