import { defaultLocale, isLocale, type Locale } from './locales.ts';
import { translateSegments } from './route-translate.ts';

/** The language of a site path: its first segment when that names a locale, else the default. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/**
 * The same page in another language: `/en/search` ↔ `/cari`, `/en/` ↔ `/` (the default
 * language has no prefix). Route words are translated (`routes.ts`); ids and slugs are kept.
 */
export function pathInLocale(pathname: string, target: Locale): string {
  const current = localeOfPath(pathname);
  const rest = current === defaultLocale ? pathname : pathname.slice(current.length + 1);
  const segments = translateSegments(rest.split('/').slice(1), current, target);
  const page = `/${segments.join('/')}`;
  return target === defaultLocale ? page : `/${target}${page}`;
}
