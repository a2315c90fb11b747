import { defaultLocale, isLocale, type Locale } from './locales.ts';

/** The language of a site path: its first segment when that names a locale, else the default. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/** The same page in another language: `/en/x/` ↔ `/x/` (the default language has no prefix). */
export function pathInLocale(pathname: string, target: Locale): string {
  const current = localeOfPath(pathname);
  const rest = current === defaultLocale ? pathname : pathname.slice(current.length + 1);
  const page = rest.startsWith('/') ? rest : `/${rest}`;
  return target === defaultLocale ? page : `/${target}${page}`;
}
