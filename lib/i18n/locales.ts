/** The interface languages. Incident summaries and article text stay in the language they were written in. */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Request header through which the proxy hands `?lang=` to the server render (search params can't reach it). */
export const LOCALE_HEADER = 'x-atlas-lang';
/** Cookie that remembers the last language chosen with the switch or a `lang=` link. */
export const LOCALE_COOKIE = 'lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The best interface language in an Accept-Language header ("ko-KR,ko;q=0.9,en;q=0.8" → ko), or null. */
export function pickAcceptedLocale(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.lang).find(isLocale) ?? null;
}

/** The URL's `lang=` wins (a shared link opens in the sharer's language), then the cookie, then the browser. */
export function resolveLocale(input: { param?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.param)) return input.param;
  if (isLocale(input.cookie)) return input.cookie;
  return pickAcceptedLocale(input.acceptLanguage ?? null) ?? DEFAULT_LOCALE;
}
