import type { Locale } from './locales.ts';

/** Values for a message's `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders; numbers are written the way the language writes them (`1.234`
 * in Indonesian, `1,234` in English). A placeholder without a value stays as written. Kept
 * apart from the message tables so that an island can use it without shipping them.
 */
export function format(
  template: string,
  values: MessageValues | undefined,
  locale: Locale,
): string {
  if (values === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');
}
