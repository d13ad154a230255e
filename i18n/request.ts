import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, LOCALE_HEADER, resolveLocale } from '@/lib/i18n/locales';

/** next-intl's per-request configuration: the language from `?lang=` (via proxy.ts), the cookie, or the browser. */
export default getRequestConfig(async () => {
  const [h, c] = await Promise.all([headers(), cookies()]);
  const locale = resolveLocale({
    param: h.get(LOCALE_HEADER),
    cookie: c.get(LOCALE_COOKIE)?.value,
    acceptLanguage: h.get('accept-language'),
  });
  const messages = (locale === 'ko' ? await import('../messages/ko.json') : await import('../messages/en.json')).default;
  return { locale, messages };
});
