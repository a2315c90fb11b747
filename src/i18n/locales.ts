/** The site's languages: Indonesian first, at `/`; English under `/en/`. */
export const locales = ['id', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'id';

/** Each language named in itself, as a language switch shows it. */
export const endonyms: Record<Locale, string> = {
  id: 'Bahasa Indonesia',
  en: 'English',
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
