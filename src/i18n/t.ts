import { en } from './en.ts';
import { id, type MessageKey, type Messages } from './id.ts';
import { format, type MessageValues } from './format.ts';
import type { Locale } from './locales.ts';

export type { MessageKey, Messages, MessageValues };
export { format, formatNumber } from './format.ts';

export const messages: Record<Locale, Messages> = { id, en };

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
 * One area's messages (the keys of its Indonesian table) in one language: an island is sent
 * only these, not the whole site's messages in both languages.
 */
export function messagesOf<Key extends MessageKey>(
  area: Record<Key, string>,
  locale: Locale,
): Record<Key, string> {
  const table = messages[locale];
  return Object.fromEntries(Object.keys(area).map((key) => [key, table[key as Key]])) as Record<
    Key,
    string
  >;
}
