import { en } from './en.ts';
import { id, type MessageKey, type Messages } from './id.ts';
import type { Locale } from './locales.ts';

export type { MessageKey, Messages };

export const messages: Record<Locale, Messages> = { id, en };

/** Values for a message's `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * The message lookup of one language: `const t = translator('en'); t('home.heading')`, or with
 * placeholders `t('search.count', { count: 12 })`.
 */
export function translator(locale: Locale): Translate {
  const table = messages[locale];
  return (key, values) => format(table[key], values, locale);
}

/**
 * Fills `{name}` placeholders; numbers are written the way the language writes them (`1.234`
 * in Indonesian, `1,234` in English). A placeholder without a value stays as written.
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
